-- Views promised by CONTRACT.md. They are re-created on every load.

CREATE OR REPLACE VIEW v_proposals AS
SELECT
  p.doc_id,
  p.item_id,
  p.bp_reference,
  p.title,
  p.committee,
  p.saving_fy,
  p.saving_gbp,
  p.saving_text,
  p.date_of_version,
  (SELECT string_agg(c.name || coalesce(', ' || c.post, ''), ' / ' ORDER BY c.seq)
     FROM contacts c WHERE c.item_id = p.item_id AND c.role = 'lead') AS leads,
  (SELECT count(*) FROM risks r WHERE r.item_id = p.item_id) AS n_risks,
  (SELECT count(*) FROM risks r WHERE r.item_id = p.item_id AND r.rag = 'Red') AS n_risks_red,
  (SELECT count(*) FROM risks r WHERE r.item_id = p.item_id AND r.rag = 'Amber') AS n_risks_amber,
  (SELECT count(*) FROM risks r WHERE r.item_id = p.item_id AND r.rag = 'Green') AS n_risks_green,
  (SELECT count(*) FROM risks r WHERE r.item_id = p.item_id AND r.rag IS NULL) AS n_risks_unrated,
  (SELECT count(*) FROM validations v WHERE v.item_id = p.item_id) AS n_validations,
  (SELECT count(*) FROM validations v WHERE v.item_id = p.item_id AND v.status = 'fail') AS n_validations_failed,
  (SELECT coalesce(bool_and(v.status <> 'fail'), true)
     FROM validations v WHERE v.item_id = p.item_id) AS validations_pass
FROM proposals p;

CREATE OR REPLACE VIEW v_risks AS
SELECT
  r.*,
  p.title AS proposal_title,
  p.bp_reference
FROM risks r
LEFT JOIN proposals p ON p.item_id = r.item_id;
