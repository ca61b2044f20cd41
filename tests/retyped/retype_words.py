"""Word tables of the re-typed variants: who, what and where the seed documents name.

Everything here is a property of the known seeds (test data), never of the
extractors. One table maps each literal to its stand-in; `retype_text.py`
applies them the same way to a dump and to its answer key.
"""

from __future__ import annotations

#: Given names (and middle names) -> stand-ins.
FIRST_NAMES = {
    "Shauna": "Marnie", "Will": "Rob", "Jo": "Bea", "Gurdev": "Harjit", "Tracy": "Leanne",
    "Tracey": "Leanna", "Martin": "Declan", "Karen": "Joanne", "Graeme": "Alastair",
    "Leesa": "Carla", "Sundeep": "Amrit", "Sundee": "Amri", "Louise": "Hannah", "Paula": "Yvonne",
    "Ekta": "Priya", "Charlotte": "Miriam", "Mubarak": "Tariq", "Lisa": "Nina", "Wendi": "Gaynor",
    "Diana": "Rosalind", "Anna": "Imogen", "David": "Philip", "Ambrose": "Carver", "Tamar": "Ruth",
    "Sarah": "Abigail", "Helen": "Maureen", "Caroline": "Felicity", "Debbie": "Tanya",
    "Fiona": "Gillian", "Gus": "Olly", "Kate": "Erin", "Matthew": "Gareth", "Stephen": "Clive",
    "Emily": "Bethan", "Jackie": "Shona", "Lucy": "Megan", "Tina": "Carys", "Adela": "Marta",
    "Sandra": "Pauline", "Derek": "Malcolm", "Mark": "Neil", "Nichola": "Rhona", "Graham": "Keith",
    "Oliver": "Edmund", "Dee": "Roz", "Laura": "Kirsty", "Lesley": "Moira", "Adrian": "Nigel",
}

#: Family names -> stand-ins.
SURNAMES = {
    "Torrance": "Kettering", "Patten": "Haverly", "Melvin": "Ashdown", "Singh": "Rahman",
    "Sing": "Rahma", "Gurney": "Pellow", "Kemp": "Ryland", "Hodgson": "Brereton",
    "Chambers": "Fairclough", "Murray": "Tolland", "Tranham": "Welsby", "Spelman": "Garside",
    "Patel": "Mistry", "Black": "Okafor", "Darbar": "Qureshi", "Sparks": "Lyle",
    "Ogle-Welbourn": "Hale-Dunmore", "Welbourn": "Dunmore", "Mackay": "Rennie", "Bailey": "Thorne",
    "Ambrose-Smith": "Carver-Lee", "Smith": "Lee", "Oviatt-Ham": "Penrose-Vale", "Bye": "Tolley",
    "Duncan": "Marlow", "Townsend": "Pryor", "McQuade": "Donnelly", "McMillen": "Hargreaves",
    "McMillan": "Hargraves", "Adley": "Corrigan", "Silva": "Souza", "Parker": "Fenwick",
    "Hall": "Brook", "Howarth": "Medlicott", "Wheeler": "Quinton", "Galwey": "Ormsby",
    "Davies": "Pritchard", "Hornsby": "Felton", "Costello": "Varga", "Crawford": "Nolan",
    "Giles": "Sutton", "Goldsack": "Redfern", "Harrison": "Kaur", "Howell": "Lennox",
    "Wells": "Ibbotson", "Wilson": "Atherton", "Proctor": "Elwood", "Barden": "Hosking",
    "Hayward": "Calloway", "Williams": "Jenkins", "Foster": "Wragg", "Grace": "Lomax",
    "Green": "Ashby", "Hart": "Mayhew", "Chapman": "Dalby", "Billingham": "Whitcombe",
}

#: Name words that are also ordinary words ("Will", "Black", "Hall", "Green"): changed only
#: inside a name (given name or initial, then family name), never on their own.
AMBIGUOUS = {
    "Will", "Jo", "Mark", "Dee", "Black", "Chambers", "Sparks", "Bye", "Parker", "Hall", "Giles",
    "Wells", "Foster", "Grace", "Green", "Hart", "Smith", "Sing", "Ambrose",
}

#: Lower-case name parts of e-mail addresses that are not plain name words.
EMAIL_PARTS = {"ambroseSmith": "carverLee", "lbillingham": "lwhitcombe"}

#: E-mail and web domains.
DOMAINS = {"caambridgeshire": "noorfolk", "cambridgeshire": "norfolk", "thurrock": "slough"}

#: Topic, place and body words -> stand-ins, whole words, any case (case kept).
WORDS = {
    "Cambridgeshire": "Norfolk", "Cambridge": "Norwich", "Cambs": "Norfolk",
    "Peterborough": "Lowestoft", "Huntingdonshire": "Breckland", "Fenland": "Broadland",
    "Somerset": "Devon", "Thurrock": "Slough", "Block": "Library", "Bed": "Hub", "Beds": "Hubs",
    "Micro": "Village", "Catalysts": "Pathfinders", "Catalyst": "Pathfinder", "Vacancy": "Turnover",
    "Transport": "Catering", "Dampening": "Smoothing", "dampener": "smoother", "Camsight": "Norsight",
    "Suites": "Lodges", "Suite": "Lodge", "Homecare": "Homeshare", "Healthwatch": "Carewatch",
    "Transformation": "Improvement",
}

#: Words changed only when capitalised (their lower-case forms are ordinary English).
CAPITALISED_WORDS = {"Adults": "Wellbeing", "Purposes": "Resources", "Shire": "County", "CCC": "NCC"}

#: Literal strings (postcode, telephone area code).
LITERALS = {"CB3 0AP": "NR1 2DH", "01223": "01603", "Catalys\tts": "Pathfind\ters"}  # a word split by OCR

#: RAG words permuted (Amber -> Red -> Green -> Amber).
RAG = {"Amber": "Red", "Red": "Green", "Green": "Amber"}
