"""Save edits in batches: changes collect while the user types and go to the service in one
background call after a short pause, one call at a time (the grids of the training page)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from rumahbatik.ui.operations import run_in_background

SAVE_DELAY_MS = 400


class BatchSaver(QObject):
    """Collects ``{key: value}`` changes; each batch becomes a job (``make_job(batch)``, on the
    GUI thread, so it captures the current cohort and user) that runs on a worker thread."""

    queued = Signal()
    saved = Signal(object)  # what ``save`` returned
    failed = Signal(object)  # the exception

    def __init__(
        self,
        parent: QWidget,
        make_job: Callable[[dict[Hashable, Any]], Callable[[], Any]],
        delay_ms: int = SAVE_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._widget = parent
        self._make_job = make_job
        self.pending: dict[Hashable, Any] = {}
        self.saving = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    def queue(self, changes: Mapping[Hashable, Any]) -> None:
        self.pending.update(changes)
        self.queued.emit()
        self.timer.start()

    def flush(self) -> None:
        """Save what changed since the last save, now."""
        self.timer.stop()
        if not self.pending:
            return
        if self.saving:  # one save at a time; the rest goes in the next batch
            self.timer.start()
            return
        batch, self.pending = self.pending, {}
        self.saving = True
        run_in_background(self._widget, self._make_job(batch), self._done, on_error=self._fail)

    def _done(self, result: Any) -> None:
        self.saving = False
        self.saved.emit(result)
        if self.pending:
            self.timer.start()

    def _fail(self, exc: BaseException) -> None:
        self.saving = False
        self.failed.emit(exc)
