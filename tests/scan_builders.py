"""Scans made in the tests from text PDFs: pages rendered (pypdfium2), given speckle noise and a
slight skew (numpy, Pillow), and wrapped as image-only PDFs (Pillow), as a copier would make them.
The same seed always gives the same bytes."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image


def scanned_image(page, dpi: int, skew: float, rng: np.random.Generator, noise: float = 0.004) -> Image.Image:
    """One page as a colour scan: `skew` degrees of rotation, sensor grain, and a fraction
    `noise` of pixels flipped (dust and toner specks)."""
    image = page.render(scale=dpi / 72).to_pil().convert("RGB")
    pixels = np.asarray(image, dtype=np.int16)
    pixels = pixels + rng.normal(0, 6, pixels.shape[:2]).astype(np.int16)[:, :, None]
    flips = rng.random(pixels.shape[:2]) < noise
    pixels[flips] = 255 - pixels[flips]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    return image.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))


def image_pdf(images: list[Image.Image], dpi: int) -> bytes:
    """Images as an image-only PDF, one page each, at `dpi`."""
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


def scan_pdf(data: bytes, pages: list[int] | None = None, dpi: int = 200, skew: float = 0.6, seed: int = 0) -> bytes:
    """The PDF `data` (pages `pages`, 1-based; default all) as an image-only scan."""
    rng = np.random.default_rng(seed)
    document = pdfium.PdfDocument(data)
    try:
        numbers = pages or list(range(1, len(document) + 1))
        images = [scanned_image(document[n - 1], dpi, skew * (1 if k % 2 else -1), rng) for k, n in enumerate(numbers)]
    finally:
        document.close()
    return image_pdf(images, dpi)


def mixed_pdf(data: bytes, scanned: set[int], dpi: int = 200, seed: int = 0) -> bytes:
    """The PDF `data` with the pages in `scanned` (1-based) replaced by their scans: text and image
    pages in one file, in their order."""
    rng = np.random.default_rng(seed)
    source = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    try:
        for n in range(1, len(source) + 1):
            if n in scanned:
                scan = pdfium.PdfDocument(image_pdf([scanned_image(source[n - 1], dpi, 0.5, rng)], dpi))
                out.import_pages(scan)
                scan.close()
            else:
                out.import_pages(source, [n - 1])
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()
    finally:
        out.close()
        source.close()
