"""Run service calls in the background; results and errors come back on the GUI thread.

Database work that may take longer than a blink runs here, with its own session (the
services open one per call), and only plain data objects cross back to the widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from rumahbatik.ui.errors import show_error

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[ProgressFn], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Operation(QObject):
    """One background call. Keeps itself alive until it has reported back."""

    finished = Signal()
    _running: set[Operation] = set()

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[ProgressFn], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress_text: str | None = None,
    ) -> None:
        super().__init__(None)
        self._parent = parent
        self._on_done = on_done
        self._on_error = on_error or (lambda exc: show_error(parent, exc))
        # Owned by this Operation so it is always destroyed on the GUI thread with it; left
        # parentless, the worker's last reference could destroy it on the worker thread while
        # the GUI thread disconnects it (a crash seen under gdb).
        self.signals = _Signals(self)
        self.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if progress_text:
            self.dialog = QProgressDialog(progress_text, "", 0, 0, parent)
            self.dialog.setCancelButton(None)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        Operation._running.add(self)
        QThreadPool.globalInstance().start(_Job(fn, self.signals))

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        Operation._running.discard(self)
        self.finished.emit()

    def _parent_gone(self) -> bool:
        # The screen that asked may have been closed while the work ran: then nobody waits.
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _done(self, result: Any) -> None:
        self._close()
        if self._on_done is not None and not self._parent_gone():
            self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if self._parent_gone():
            log.error("background work failed after its window closed", exc_info=exc)
            return
        self._on_error(exc)


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
) -> Operation:
    """Run ``fn()`` on a worker thread; ``on_done(result)`` or ``show_error`` on the GUI thread."""
    return Operation(parent, lambda _progress: fn(), on_done, on_error)


def run_with_progress(
    parent: QWidget | None,
    text: str,
    fn: Callable[[ProgressFn], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
) -> Operation:
    """Like :func:`run_in_background`, with a progress dialog fed by ``fn(progress)``."""
    return Operation(parent, fn, on_done, on_error, progress_text=text)
