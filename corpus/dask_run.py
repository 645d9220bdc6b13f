"""Run the same per-file tasks on an existing dask.distributed cluster (`nianbao build --dask ADDRESS`).

The client reads each file and ships its bytes with the task, so workers need nianbao installed but no
shared filesystem. On the worker the task runs in an isolated process (corpus.worker.WorkerProcess),
one per worker thread, under the same time and memory limits as a local run, so a pathological file
costs one error row and never a Dask worker. Results come back to the client, which caches and
writes them exactly as a local run does.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Sequence

from corpus.errors import BuildError
from corpus.pool import Task
from corpus.worker import WorkerProcess

_local = threading.local()


def dask_task(path: str, data: bytes, timeout: float | None, memory_mb: int | None) -> dict:
    """The per-file task as run on a Dask worker thread."""
    worker = getattr(_local, "worker", None)
    if worker is None or worker.memory_mb != memory_mb:
        worker = _local.worker = WorkerProcess(memory_mb)
    return worker.run(path, data, timeout)


def _read(task: Task) -> tuple[bytes | None, dict | None]:
    """The file's bytes, or the error row a local worker would have produced for it."""
    from parsers import MAX_FILE_BYTES

    try:
        size = os.stat(task.path).st_size
        if size > MAX_FILE_BYTES:
            return None, {"error": {"stage": "read", "error": "input",
                                    "message": f"file of {size / 1e6:.0f} MB is too large"}}
        with open(task.path, "rb") as fh:
            return fh.read(), None
    except OSError as err:
        return None, {"error": {"stage": "read", "error": "input", "message": f"cannot read: {err.strerror or err}"}}


def run_dask(address: str, tasks: Sequence[Task], on_result: Callable[[Task, dict], None], *,
             timeout: float | None, memory_mb: int | None, in_flight: int | None = None) -> int:
    """Process `tasks` on the cluster at `address`; returns the number of worker threads used."""
    from distributed import Client, as_completed

    try:
        client = Client(address, timeout="30s", set_as_default=False)
    except OSError as err:
        raise BuildError(f"cannot reach the Dask scheduler at {address}: {err}") from None
    run = uuid.uuid4().hex[:8]
    pending: dict[str, tuple[Task, object]] = {}
    queue = iter(tasks)
    completed = as_completed(loop=client.loop, with_results=True, raise_errors=False)
    try:
        threads = sum(client.nthreads().values()) or 1
        limit = in_flight or max(4, 3 * threads)

        def submit_next() -> bool:
            for task in queue:
                data, failed = _read(task)
                if failed:
                    on_result(task, failed)
                    continue
                future = client.submit(dask_task, task.path, data, timeout, memory_mb,
                                       key=f"nianbao-{run}-{task.sha256[:16]}", pure=False, retries=1)
                pending[future.key] = (task, future)
                completed.add(future)
                return True
            return False

        for _ in range(limit):
            if not submit_next():
                break
        for future, result in completed:  # results are gathered in the background as tasks finish
            task, _ = pending.pop(future.key)
            if isinstance(result, BaseException) or not isinstance(result, dict):
                result = {"error": {"stage": "dask", "error": "crash",
                                    "message": f"the Dask task failed ({type(result).__name__}: {result})"}}
            future.release()
            on_result(task, result)
            submit_next()
        return threads
    finally:
        if pending:
            client.cancel([future for _, future in pending.values()])
        client.close()
