"""Probe scripts, run by the harness in fresh subprocesses."""
