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
        _close(client, pending)


def dask_batch(items: list[tuple[Task, tuple[str, ...], bytes | None, dict | None]], out: str, parts: str,
               version: str, manifest, deadlines, timeout: float | None, memory_mb: int | None) -> list[dict]:
    """A batch of files as run on a Dask worker of a streamed run: each result is cached and the batch's
    rows written as one part in the shared output folder; only a small summary per file goes back."""
    from corpus.cache import ResultCache
    from corpus.parts import Group, PartWriter

    worker = getattr(_local, "worker", None)
    if worker is None or worker.memory_mb != memory_mb:
        worker = _local.worker = WorkerProcess(memory_mb)
    cache = ResultCache(out, version)
    limits = {"timeout": timeout, "memory_mb": memory_mb}
    writer = PartWriter(parts, manifest, deadlines, batch_files=len(items) + 1, batch_rows=1 << 62)
    summaries = []
    for task, paths, data, failed in items:
        result = failed or worker.run(task.path, data, timeout)
        entry = cache.put(task.sha256, result, limits)
        writer.add(Group(task.sha256, paths), entry)
        summaries.append({"sha256": task.sha256, "error": "error" in result, "pid": result.get("pid"),
                          "rss_kb": result.get("rss_kb"), "host": os.uname().nodename})
    part = writer.flush()
    for s in summaries:
        s["part"] = part.name if part else None
    return summaries


def run_dask_parts(address: str, tasks: Sequence[Task], paths: Callable[[Task], tuple[str, ...]],
                   on_summary: Callable[[Task, dict], None], *, out: str, parts: str, version: str, manifest,
                   deadlines, timeout: float | None, memory_mb: int | None, batch: int = 20) -> int:
    """Process `tasks` in batches on the cluster at `address`, the workers writing cache entries and parts
    into `out` (which they must share with this machine); `on_summary` gets each file's summary."""
    from distributed import Client, as_completed

    try:
        client = Client(address, timeout="30s", set_as_default=False)
    except OSError as err:
        raise BuildError(f"cannot reach the Dask scheduler at {address}: {err}") from None
    run = uuid.uuid4().hex[:8]
    pending: dict[str, tuple[list[Task], object]] = {}
    queue = iter(tasks)
    completed = as_completed(loop=client.loop, with_results=True, raise_errors=False)
    try:
        marker = os.path.join(out, f".dask-{run}")
        with open(marker, "w") as fh:
            fh.write(run)
        seen = client.run(os.path.exists, marker)
        os.unlink(marker)
        if not all(seen.values()):
            blind = ", ".join(sorted(w for w, ok in seen.items() if not ok))
            raise BuildError(f"the output folder {out} is not visible to the Dask workers {blind}: with --dask "
                             f"the output folder must be on a filesystem the workers share")
        threads = sum(client.nthreads().values()) or 1
        n_batch = 0

        def submit_next() -> bool:
            nonlocal n_batch
            items, these = [], []
            for task in queue:
                data, failed = _read(task)
                items.append((task, paths(task), data, failed))
                these.append(task)
                if len(items) >= batch:
                    break
            if not items:
                return False
            n_batch += 1
            future = client.submit(dask_batch, items, out, parts, version, manifest, deadlines, timeout,
                                   memory_mb, key=f"nianbao-{run}-{n_batch}", pure=False, retries=1)
            pending[future.key] = (these, future)
            completed.add(future)
            return True

        for _ in range(2 * threads):
            if not submit_next():
                break
        for future, result in completed:
            these, _ = pending.pop(future.key)
            if isinstance(result, BaseException) or not isinstance(result, list):
                error = {"error": {"stage": "dask", "error": "crash",
                                   "message": f"the Dask task failed ({type(result).__name__}: {result})"}}
                for task in these:
                    on_summary(task, {"sha256": task.sha256, "failed": error})
            else:
                for task, summary in zip(these, result):
                    on_summary(task, summary)
            future.release()
            submit_next()
        return threads
    finally:
        _close(client, pending)


def _close(client, pending: dict) -> None:
    """Cancel what is still pending (an interrupted run leaves no work on the cluster) and disconnect."""
    if pending:
        client.cancel([future for _, future in pending.values()])
    client.close()
