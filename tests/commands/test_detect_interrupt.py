"""Ctrl-C while `redline detect` runs: the first press is the run's cancel, a second one
interrupts at once, and the terminal's own handling comes back when detection ends."""

from __future__ import annotations

import signal

import pytest

from app.commands.detect import _Interrupt


def test_the_first_ctrl_c_asks_the_run_to_stop_and_a_second_interrupts() -> None:
    before = signal.getsignal(signal.SIGINT)
    with _Interrupt() as interrupt:
        handler = signal.getsignal(signal.SIGINT)
        assert callable(handler) and handler is not before
        assert not interrupt.asked()
        signal.raise_signal(signal.SIGINT)  # the first press: no exception, the run is asked
        assert interrupt.asked()
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)  # the second: at once
    assert signal.getsignal(signal.SIGINT) is before
