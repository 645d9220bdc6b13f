"""Run per-file tasks on local worker processes: one file per task, each under a time and memory limit.

Each pool thread owns one isolated worker process (corpus.worker.WorkerProcess) and waits for it with
a deadline; a worker that overruns is killed and replaced, one that dies is replaced, and the file
gets an error row either way. Results are handed to `on_result` in the calling thread as they finish.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from itertools import islice
from typing import IO

from corpus.worker import WorkerProcess


@dataclass(frozen=True, slots=True)
class Task:
    sha256: str
    path: str
    size: int = 0


def run_local(tasks: Sequence[Task], on_result: Callable[[Task, dict], None], *, jobs: int,
              timeout: float | None, memory_mb: int | None, stderr: IO | int | None = None) -> None:
    """Process `tasks` on `jobs` worker processes; returns when all are done (or re-raises Ctrl-C)."""
    local = threading.local()
    workers: list[WorkerProcess] = []
    lock = threading.Lock()

    def work(task: Task) -> tuple[Task, dict]:
        worker = getattr(local, "worker", None)
        if worker is None:
            worker = local.worker = WorkerProcess(memory_mb, stderr)
            with lock:
                workers.append(worker)
        try:
            return task, worker.run(task.path, None, timeout)
        except Exception as err:  # a worker that cannot even start costs this file only
            return task, {"error": {"stage": "start", "error": "crash", "message": str(err)}}

    pool = ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="nianbao-worker")
    finished = False
    queue = iter(tasks)
    window = 4 * max(1, jobs)  # a few tasks ahead of the workers; results are not held after their turn
    try:
        pending = {pool.submit(work, t) for t in islice(queue, window)}
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                on_result(*future.result())
            pending |= {pool.submit(work, t) for t in islice(queue, len(done))}
        finished = True
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        if not finished:
            for worker in workers:
                worker.signal_kill()
        pool.shutdown(wait=True)
        for worker in workers:
            worker.close()
