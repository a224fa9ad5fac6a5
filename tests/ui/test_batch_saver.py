from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rumahbatik.ui.batch_saver import BatchSaver


def test_changes_made_quickly_go_out_in_one_batch_and_failures_are_reported(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    batches: list[dict] = []

    def make_job(batch: dict):  # type: ignore[no-untyped-def]
        def job() -> int:
            if "boom" in batch:
                raise RuntimeError("disk full")
            batches.append(batch)
            return len(batch)

        return job

    saver = BatchSaver(widget, make_job, delay_ms=50)
    saver.queue({"a": 1})
    saver.queue({"b": 2, "a": 3})  # a later value for the same key wins
    with qtbot.waitSignal(saver.saved, timeout=3000) as done:
        pass
    assert done.args == [2] and batches == [{"a": 3, "b": 2}]
    assert not saver.pending and not saver.saving

    saver.queue({"boom": 1})
    with qtbot.waitSignal(saver.failed, timeout=3000) as failed:
        saver.flush()
    assert str(failed.args[0]) == "disk full"
    assert not saver.saving
