def test_overriding_a_graduate_to_failed_revokes_their_certificate(db, manager):
    from rumahbatik.domain.training import CertificateKind
    from rumahbatik.services import certificates, training
    from tests.services.training_helpers import closed_cohort

    _course, cohort, ids = closed_cohort(db, manager, n=2)
    certificates.issue_certificates(db, manager, cohort.id)
    row = next(
        c
        for c in certificates.list_certificates(db, manager, cohort.id)
        if c.enrollment_id == ids[0] and c.kind is CertificateKind.CERTIFICATE
    )
    assert certificates.verify(db, manager, row.verification_code).status == "genuine"
    training.override_result(
        db, manager, ids[0], "failed", "Karya praktik ternyata bukan buatannya"
    )
    result = certificates.verify(db, manager, row.verification_code)
    assert result.status == "revoked"
    assert result.revoked_reason == "Karya praktik ternyata bukan buatannya"
    other = next(
        c
        for c in certificates.list_certificates(db, manager, cohort.id)
        if c.enrollment_id == ids[1]
    )
    assert certificates.verify(db, manager, other.verification_code).status == "genuine"
