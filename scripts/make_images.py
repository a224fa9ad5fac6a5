"""Draw the program's logo and icon (a kawung motif in soga brown and gold).

Run once after changing the design: ``python scripts/make_images.py``. The PNGs are committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "resources" / "images"
BROWN = QColor("#4a2f22")
GOLD = QColor("#c8a24a")
CREAM = QColor("#f6ead8")


def kawung(p: QPainter, cx: float, cy: float, r: float) -> None:
    """Four ellipses around a centre dot: the kawung (palm fruit) motif."""
    p.setPen(QPen(BROWN, max(1.0, r * 0.06)))
    p.setBrush(QBrush(GOLD))
    for angle in (45, 135, 225, 315):
        p.save()
        p.translate(cx, cy)
        p.rotate(angle)
        p.drawEllipse(QRectF(r * 0.12, -r * 0.28, r * 0.82, r * 0.56))
        p.restore()
    p.setBrush(QBrush(BROWN))
    p.drawEllipse(QPointF(cx, cy), r * 0.1, r * 0.1)


def icon(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(CREAM))
    p.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    p.setPen(QPen(BROWN, size * 0.04))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(size * 0.04, size * 0.04, size * 0.92, size * 0.92))
    kawung(p, size / 2, size / 2, size * 0.42)
    p.end()
    return img


def logo(width: int = 1100, height: int = 260) -> QImage:
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.drawImage(QRectF(10, 10, height - 20, height - 20), icon(height - 20))
    p.setPen(BROWN)
    font = QFont("DejaVu Serif", 1)
    font.setPixelSize(int(height * 0.32))
    font.setBold(True)
    p.setFont(font)
    p.drawText(
        QRectF(height + 10, 10, width - height, height * 0.55),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
        "Rumah Batik",
    )
    font.setPixelSize(int(height * 0.15))
    font.setBold(False)
    p.setFont(font)
    p.setPen(QColor("#7a5c45"))
    p.drawText(
        QRectF(height + 14, height * 0.6, width - height, height * 0.3),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        "Sentra Batik · Kota Probolinggo",
    )
    p.end()
    return img


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    icon(256).save(str(OUT / "icon.png"))
    logo().save(str(OUT / "logo.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
