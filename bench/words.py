"""Names and words for plausible generated rows (Kota Probolinggo flavour)."""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Siti Dewi Agus Budi Rina Wahyu Sri Eko Nur Ahmad Putri Rizky Fitri Hendra Yuni Dian Joko "
    "Lestari Ratna Bambang Ayu Indah Fajar Sari Teguh Wulan Andi Rudi Yanti Bayu Mega Hadi Endang "
    "Suparmi Slamet Tri Nanik Heru Umi Lilik Imam Kartini Yusuf Rahmat Anisa Farida Darmaji"
).split()
LAST_NAMES = (
    "Santoso Wijaya Hidayat Pratama Saputra Lestari Kusuma Rahayu Susanto Setiawan Nugroho "
    "Purnomo Hariyanto Wahyuni Maharani Permata Utomo Handayani Prasetyo Sulistyo Anggraini "
    "Kurniawan Suryani Wibowo Rahmawati Hartono Fauzi Safitri Firmansyah Ramadhan"
).split()
MOTIFS = (
    "Manggur", "Seruni", "Mangrove", "Anggur Probolinggo", "Kembang Kopi", "Parang Rusak",
    "Kawung", "Truntum", "Sido Mukti", "Mega Mendung", "Jagung Bledhek", "Gunung Bromo",
)  # fmt: skip
#: ``(unit, name)`` of the materials the workshop buys.
MATERIALS = (
    ("m", "kain mori primissima"), ("m", "kain mori prima"), ("m", "kain katun paris"),
    ("kg", "malam tembok"), ("kg", "malam klowong"), ("g", "naptol AS-BO"),
    ("g", "indigosol blue"), ("g", "remazol red"), ("pcs", "canting tulis"),
)  # fmt: skip
PRODUCTS = ("kain batik tulis", "kain batik cap", "kemeja batik", "selendang", "taplak meja")
STAGES = ("pola", "nyanting", "nembok", "pewarnaan", "nglorod", "finishing")
COMPETENCIES = ("menggambar pola", "mencanting", "pewarnaan", "pelorodan", "finishing")
PAYMENT_METHODS = ("tunai", "transfer", "QRIS")


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def phone(rng: random.Random) -> str:
    return f"+628{rng.randint(10**9, 10**10 - 1)}"


def rupiah(amount: int) -> str:
    """``Rp1.250.000``: the spelling the app shows."""
    return "Rp" + f"{amount:,}".replace(",", ".")
