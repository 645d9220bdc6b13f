"""The per-file task, and the isolated process that runs it under a memory limit.

`process()` is the whole per-file pipeline (read → extract → locate) returning a plain dict: a report or
a one-line error with the stage it failed in. `WorkerProcess` runs it in a separate Python process
(`python -m corpus.worker`) that can be killed when it overruns its time limit or dies when it overruns
its memory limit, without taking the run down. The local pool and the Dask task both use it.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

_HEADER = struct.Struct("!Q")
_ROOT = str(Path(__file__).resolve().parents[1])
_START_TIMEOUT = 120.0


def process(path: str, data: bytes | None = None, on_stage: Callable[[str], None] | None = None) -> dict:
    """Run the pipeline on one file (read from `path`, or from `data` when the bytes were shipped).

    Returns {"report": dict, "geo": dict} or {"error": {"stage", "error", "message"}}; never raises
    for a bad input.
    """
    from corpus.fingerprint import fingerprint
    from corpus.geo import geo_from_text
    from extract import build_report
    from parsers import InputError, read, read_bytes

    stage = "read"

    def enter(name: str) -> None:
        nonlocal stage
        stage = name
        if on_stage:
            on_stage(name)

    try:
        enter("read")
        doc = read(path) if data is None else read_bytes(data, path)
        enter("extract")
        report = build_report(doc)
        enter("serialise")
        result = {"report": report.to_dict()}
        enter("locate")
        result["geo"] = geo_from_text(doc.text, report.body, report.place, report.level)
        enter("fingerprint")
        result["reuse"] = fingerprint(doc.text, result["report"], doc.page_at)
        return result
    except InputError as err:
        return {"error": {"stage": err.stage, "error": "input", "message": err.problem}}
    except MemoryError:
        return {"error": {"stage": stage, "error": "memory", "message": f"out of memory while in stage {stage}"}}
    except (ImportError, OSError) as err:
        if _out_of_memory(err):  # a library that cannot be mapped under the limit
            return {"error": {"stage": stage, "error": "memory",
                              "message": f"out of memory while in stage {stage}"}}
        first = str(err).splitlines()[0][:300] if str(err) else ""
        return {"error": {"stage": stage, "error": "internal", "message": f"{type(err).__name__}: {first}".rstrip(": ")}}
    except RecursionError:
        return {"error": {"stage": stage, "error": "internal", "message": "nesting too deep (RecursionError)"}}
    except Exception as err:  # a bug must cost one file, not the run
        first = str(err).splitlines()[0][:300] if str(err) else ""
        return {"error": {"stage": stage, "error": "internal", "message": f"{type(err).__name__}: {first}".rstrip(": ")}}


def _out_of_memory(err: BaseException) -> bool:
    text = str(err)
    return "failed to map segment" in text or "Cannot allocate memory" in text or getattr(err, "errno", None) == 12


# ---- framing: 8-byte length + pickle, over raw file descriptors ----

def _send(fh: IO[bytes], obj: Any) -> None:
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    fh.write(_HEADER.pack(len(payload)) + payload)
    fh.flush()


class _Reader:
    """Reads frames from a pipe without buffering ahead of select()."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buf = bytearray()

    def _frame(self) -> Any | None:
        if len(self.buf) < _HEADER.size:
            return None
        (n,) = _HEADER.unpack_from(self.buf)
        if len(self.buf) < _HEADER.size + n:
            return None
        payload = bytes(self.buf[_HEADER.size:_HEADER.size + n])
        del self.buf[:_HEADER.size + n]
        return pickle.loads(payload)

    def read(self, deadline: float | None) -> Any:
        """The next frame; raises TimeoutError at the deadline, EOFError when the pipe closes."""
        while True:
            frame = self._frame()
            if frame is not None:
                return frame
            wait = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                raise TimeoutError
            chunk = os.read(self.fd, 1 << 20)
            if not chunk:
                raise EOFError
            self.buf += chunk


class WorkerProcess:
    """One isolated pipeline process, started on first use and replaced after a kill or a crash."""

    def __init__(self, memory_mb: int | None = None, stderr: IO | int | None = None) -> None:
        self.memory_mb = memory_mb
        self.stderr = stderr
        self.proc: subprocess.Popen | None = None
        self.reader: _Reader | None = None
        self.pid: int | None = None

    def _start(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, env.get("PYTHONPATH")) if p)
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            env.setdefault(var, "1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "corpus.worker", str(self.memory_mb or 0)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr, env=env, bufsize=0,
            start_new_session=True,
        )
        self.reader = _Reader(self.proc.stdout.fileno())
        self.pid = self.proc.pid
        try:
            kind, _ = self.reader.read(time.monotonic() + _START_TIMEOUT)
        except (TimeoutError, EOFError):
            self.kill()
            raise RuntimeError("the worker process did not start") from None
        assert kind == "ready"

    def run(self, path: str, data: bytes | None, timeout: float | None) -> dict:
        """Run one file; a timeout, an out-of-memory or a crash comes back as an error dict."""
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        started = time.monotonic()
        stage = "read"
        try:
            _send(self.proc.stdin, {"path": path, "data": data})
        except (BrokenPipeError, OSError):
            return self._died(stage)
        deadline = None if not timeout else started + timeout
        while True:
            try:
                kind, payload = self.reader.read(deadline)
            except TimeoutError:
                self.kill()
                return {"error": {"stage": stage, "error": "timeout",
                                  "message": f"took longer than {timeout:g} s (stopped in stage {stage})"},
                        "seconds": round(time.monotonic() - started, 3), "pid": self.pid}
            except EOFError:
                return self._died(stage)
            if kind == "stage":
                stage = payload
                continue
            payload["pid"] = self.pid
            if payload.get("error", {}).get("error") == "memory":
                payload["error"]["message"] += f" (limit {self.memory_mb} MB)"
                self.kill()  # the worker ends itself after an out-of-memory; do not race it
            return payload

    def _died(self, stage: str) -> dict:
        code = self.proc.wait() if self.proc else None
        self.proc = None
        how = f"killed by signal {signal.Signals(-code).name}" if code and code < 0 else f"exit code {code}"
        hint = f"; the memory limit is {self.memory_mb} MB" if self.memory_mb else ""
        return {"error": {"stage": stage, "error": "crash",
                          "message": f"the worker process died in stage {stage} ({how}){hint}"},
                "pid": self.pid}

    def kill(self) -> None:
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
            self.proc.wait()
            for fh in (self.proc.stdin, self.proc.stdout):
                with contextlib.suppress(OSError):
                    fh.close()
        self.proc = None

    def signal_kill(self) -> None:
        """Kill the process from another thread; the thread waiting on it sees it die."""
        proc = self.proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()

    def close(self) -> None:
        """Let an idle worker end by closing its input; kill it if it does not."""
        if self.proc is None:
            return
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


def _peak_rss_kb() -> int:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over from
    the parent through fork and exec, so a small worker of a big parent would report the parent's."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _exit_with_parent() -> None:
    """A worker whose parent died (kill -9) ends too, even in the middle of a file."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(3)

    threading.Thread(target=watch, daemon=True).start()


def _limit_memory(memory_mb: int) -> None:
    import resource

    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main() -> None:

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a run stops
    _exit_with_parent()
    channel_out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)  # stray prints of libraries go to stderr, not into the protocol
    sys.stdout = sys.stderr
    import extract  # noqa: F401  (warm the pipeline before the limit and the first file)
    import parsers  # noqa: F401
    from corpus.fingerprint import warm

    warm()  # the tokenizer's dictionary, once per process
    _limit_memory(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    reader = _Reader(sys.stdin.fileno())
    _send(channel_out, ("ready", os.getpid()))
    while True:
        try:
            job = reader.read(None)
        except EOFError:
            break
        started = time.monotonic()
        result = process(job["path"], job["data"], on_stage=lambda s: _send(channel_out, ("stage", s)))
        result["seconds"] = round(time.monotonic() - started, 3)
        result["rss_kb"] = _peak_rss_kb()
        _send(channel_out, ("result", result))
        if result.get("error", {}).get("error") == "memory":
            break  # a fresh process rather than a fragmented heap


if __name__ == "__main__":
    main()
