"""Start-up probe: time from process start to the first paint of a main window.

    startup_probe.py reference
    startup_probe.py app DB_URL USERNAME

``reference`` shows an empty ``QMainWindow``; ``app`` does what the app does after login,
through ``rumahbatik.app.start_for_benchmark(db_url, username)``. Times are taken with
``time.perf_counter()`` from the top of this file; "after imports" starts right after
``import PySide6.QtWidgets`` (reference) or ``import rumahbatik.app`` (app).
"""

import time

T0 = time.perf_counter()

import sys  # noqa: E402

PAINT_TIMEOUT_MS = 60_000


def _start_reference() -> tuple[float, object]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    t_imported = time.perf_counter()
    QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("reference")
    window.show()
    return t_imported, window


def _start_app(db_url: str, username: str) -> tuple[float, object]:
    from _bench_protocol import skip

    try:
        import rumahbatik.app
    except ModuleNotFoundError as exc:
        if exc.name != "rumahbatik.app":
            raise
        skip("rumahbatik.app not available (no rumahbatik/app.py)")
    t_imported = time.perf_counter()
    start = getattr(rumahbatik.app, "start_for_benchmark", None)
    if start is None:
        skip("rumahbatik.app.start_for_benchmark not available")
    return t_imported, start(db_url, username)


def _wait_first_paint(window: object) -> None:
    """Run the event loop until a widget of ``window`` has been painted once.

    An application-wide filter sees every paint event. ``update()`` makes sure one comes even
    if the window already painted inside ``start_for_benchmark`` (then the time is an upper
    bound: one more repaint); otherwise it merges with the pending first paint.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    if not isinstance(window, QMainWindow):
        raise TypeError(f"expected a QMainWindow, got {type(window).__name__}")
    if not window.isVisible():
        raise RuntimeError("the main window is not visible after start-up")
    app = QApplication.instance()
    loop = QEventLoop()

    class PaintWatcher(QObject):
        painted = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
            if (
                not self.painted
                and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and obj.window() is window
            ):
                self.painted = True
                # Quit once this paint (and the backing-store flush) is done.
                QTimer.singleShot(0, loop.quit)
            return False

    watcher = PaintWatcher()
    app.installEventFilter(watcher)
    window.update()
    QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
    loop.exec()
    app.removeEventFilter(watcher)
    if not watcher.painted:
        raise RuntimeError(f"no paint of the main window within {PAINT_TIMEOUT_MS} ms")


def main() -> None:
    mode = sys.argv[1]
    if mode == "reference":
        t_imported, window = _start_reference()
    elif mode == "app":
        t_imported, window = _start_app(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    _wait_first_paint(window)
    t_painted = time.perf_counter()

    from _bench_protocol import emit, peak_rss_kib

    emit(
        {
            "first_paint": t_painted - T0,
            "imports": t_imported - T0,
            "after_imports": t_painted - t_imported,
            "peak_rss": peak_rss_kib(),
        }
    )


if __name__ == "__main__":
    main()
