from rumahbatik.services import audit
from rumahbatik.services.audit import AuditFilter


def test_search_treats_percent_and_underscore_literally(db, admin):
    with db.transaction() as session:
        audit.record(session, admin, "update", "settings", "", summary="diskon 10% untuk reseller")
        audit.record(session, admin, "update", "settings", "", summary="kode_baru dipakai")
        audit.record(session, admin, "update", "settings", "", summary="kodeXbaru lain")
    found = audit.list_audit(db, admin, AuditFilter(text="10%"))
    assert [r.summary for r in found] == ["diskon 10% untuk reseller"]
    found = audit.list_audit(db, admin, AuditFilter(text="kode_baru"))
    assert [r.summary for r in found] == ["kode_baru dipakai"]
    assert audit.list_audit(db, admin, AuditFilter(text="%")) == found[:0] + [
        r for r in audit.list_audit(db, admin) if "%" in r.summary
    ]
