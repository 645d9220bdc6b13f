"""Fuzz every parser entry (text, HTML, DOCX, PDF) through parsers.read_bytes, seeded from the samples.

A run feeds mutated copies of the bundled samples (and, for DOCX, generated Word files) to
`parsers.read_bytes`. Any exception other than the project's own InputError is a failure, and so is
an input that runs past the per-file time limit or memory past the limit. Coverage-guided with atheris
where it is installed, else a seeded mutation loop.

Each entry runs in a child process, one at a time; a child killed by a time-out, the memory limit or a
native crash is restarted until the entry's share of the budget is used. Failing inputs are kept under
OUT/failures (input, and the traceback or libFuzzer report beside it), one per distinct failure.

    python bench/fuzz.py --runs 1000000 [--entries text,html,docx,pdf] [--share 60,25,10,5] [--out DIR]
    python bench/fuzz.py --seconds 60          # the short run of the test suite
    python bench/fuzz.py --seconds 600 --extract --out fuzz-extract   # the extractors behind the parsers too
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
ENTRIES = ("text", "html", "docx", "pdf")
# inputs stay near the size of the seeds (reports of 5-30 KB): larger ones only slow every execution down
MAX_LEN = {"text": 8192, "html": 32768, "docx": 65536, "pdf": 16384}
SUFFIXES = {"text": (".txt", ".md"), "html": (".html", ".htm"), "pdf": (".pdf",), "docx": (".docx",)}
# coverage feedback comes from the parsers' own decisions; the per-character loops of normalisation and
# the PDF libraries' interpreters would cost more in instrumentation than they give in guidance
INSTRUMENTED = ["parsers"]
UNINSTRUMENTED = ["parsers.normalize", "parsers.cells", "parsers.table_text", "parsers.model", "pdfminer.pdfinterp",
                  "pdfminer.converter", "pdfminer.layout", "pdfplumber", "pypdfium2", "lxml.html", "regex"]


# -- seeds ---------------------------------------------------------------------------------------------
def seeds(entry: str) -> list[bytes]:
    """The bundled samples of the entry's medium; Word files are generated (no sample ships as .docx)."""
    out = [p.read_bytes() for p in sorted(SAMPLES.rglob("*")) if p.suffix in SUFFIXES[entry] and p.is_file()]
    if entry == "docx":
        sys.path.insert(0, str(ROOT))
        from corpus.synthetic.compose import compose
        from corpus.synthetic.docx import render_docx

        out += [render_docx(compose(seed, template), numbering=numbering)
                for seed, template, numbering in ((1, "t2021", True), (2, "t2019", False))]
    return out


# -- one execution -------------------------------------------------------------------------------------
class TimeLimit(Exception):
    """An input ran past the per-file time limit (raised by the alarm, in the mutation loop)."""


def signature(err: BaseException) -> str:
    """Exception type and the innermost frame in the project's code (else the innermost frame)."""
    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if str(ROOT) in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return f"{type(err).__name__} at {where}"


class Target:
    """Reads each input; records every failure once per signature."""

    def __init__(self, entry: str, out: Path, extract: bool = False) -> None:
        import parsers  # imported here so that atheris can instrument it first
        import parsers.docx
        import parsers.html
        import parsers.pdf
        import parsers.text  # noqa: F401  (read_bytes imports the medium's module on first use)

        self.read_bytes, self.input_error = parsers.read_bytes, parsers.InputError
        self.build_report = None
        if extract:
            from extract import build_report

            self.build_report = build_report
        self.entry = entry
        self.failures = out / "failures"
        self.failures.mkdir(parents=True, exist_ok=True)
        self.stats = out / "stats" / f"{entry}.json"
        self.stats.parent.mkdir(parents=True, exist_ok=True)
        previous = json.loads(self.stats.read_text()) if self.stats.exists() else {}
        self.done = previous.get("executions", 0)
        self.known = set(previous.get("signatures", []))

    def __call__(self, data: bytes) -> None:
        self.done += 1
        try:
            doc = self.read_bytes(data, f"fuzz.{self.entry}", ocr=False)  # OCR is the engine's, and seconds a page
            if self.build_report is not None:
                self.build_report(doc)
        except self.input_error:
            pass
        except Exception as err:  # every other exception is a failure of the parsers
            self.record(data, signature(err), traceback.format_exc())
        if self.done % 50 == 0:
            self.save()

    def record(self, data: bytes, sig: str, report: str) -> None:
        if sig in self.known:
            return
        self.known.add(sig)
        name = f"{self.entry}-{hashlib.sha1(data).hexdigest()[:16]}"
        (self.failures / f"{name}.bin").write_bytes(data)
        (self.failures / f"{name}.txt").write_text(f"{sig}\n\n{report}", encoding="utf-8")
        self.save()

    def save(self) -> None:
        self.stats.write_text(json.dumps({"executions": self.done, "signatures": sorted(self.known)}))


# -- engines (run inside the child) --------------------------------------------------------------------
def run_atheris(entry: str, out: Path, runs: int, seconds: int, time_limit: int, memory_mb: int, seed: int,
                extract: bool) -> None:
    import atheris

    for name in UNINSTRUMENTED:  # imported first, so that instrumenting the parsers leaves them alone
        importlib.import_module(name)
    with atheris.instrument_imports(include=INSTRUMENTED):
        target = Target(entry, out, extract)
    corpus = out / "corpus" / entry
    if not corpus.is_dir() or not any(corpus.iterdir()):
        corpus.mkdir(parents=True, exist_ok=True)
        for data in seeds(entry):
            (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
    artifacts = out / "artifacts"
    artifacts.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], str(corpus), f"-runs={runs}", f"-timeout={time_limit}", f"-rss_limit_mb={memory_mb}",
            f"-artifact_prefix={artifacts}/{entry}-", f"-seed={seed}", "-print_final_stats=1",
            f"-max_len={MAX_LEN[entry]}", "-len_control=0"]
    if seconds:
        argv.append(f"-max_total_time={seconds}")

    def one(data: bytes) -> None:
        target(data)

    if entry == "docx":
        atheris.Setup(argv, one, custom_mutator=lambda data, max_size, seed: mutate_docx(
            data, max_size, seed, atheris.Mutate))
    else:
        atheris.Setup(argv, one)
    try:
        atheris.Fuzz()
    finally:
        target.save()


def mutate_docx(data: bytes, max_size: int, seed: int, mutate_bytes) -> bytes:
    """A Word file with one of its XML parts mutated and the package zipped again.

    Bytes mutated in place mostly break the zip's checksums, so the XML readers behind them would never
    see a mutated document; one time in ten the package's own bytes are mutated instead.
    """
    rng = random.Random(seed)
    if rng.random() < 0.1:
        return mutate_bytes(data, max_size)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zin:
            parts = {info.filename: zin.read(info.filename) for info in zin.infolist()}
    except Exception:  # a package the mutator itself broke earlier: mutate its bytes
        return mutate_bytes(data, max_size)
    xml = [n for n in parts if n.endswith(".xml")] or list(parts)
    if not xml:  # an empty package: nothing inside to mutate
        return mutate_bytes(data, max_size)
    name = "word/document.xml" if "word/document.xml" in parts and rng.random() < 0.7 else rng.choice(xml)
    parts[name] = mutate_bytes(parts[name], len(parts[name]) + 1024)
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))) as zout:
        for part, content in parts.items():
            zout.writestr(part, content)
    out = packed.getvalue()
    return out if len(out) <= max_size else mutate_bytes(data, max_size)


def mutate(data: bytes, pool: list[bytes], rng: random.Random) -> bytes:
    """A few random edits: byte changes, interesting values, chunk copies, deletions, splices, truncation."""
    out = bytearray(data or b"\x00")
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(7)
        i = rng.randrange(len(out) or 1)
        if op == 0:
            out[i % len(out)] = rng.randrange(256)
        elif op == 1:
            out[i % len(out)] = rng.choice((0x00, 0x0A, 0x20, 0x30, 0x3C, 0x7F, 0x80, 0xFE, 0xFF))
        elif op == 2 and len(out) > 2:
            j = rng.randrange(i, min(len(out), i + 64) + 1)
            del out[i:j]
        elif op == 3:
            j = min(len(out), i + rng.randint(1, 256))
            out[rng.randrange(len(out) + 1):0] = out[i:j]
        elif op == 4:
            other = rng.choice(pool)
            a = rng.randrange(len(other) or 1)
            out[i:i] = other[a:a + rng.randint(1, 512)]
        elif op == 5:
            del out[rng.randrange(len(out) + 1):]
        else:
            out[i % len(out)] ^= 1 << rng.randrange(8)
        if not out:
            out = bytearray(b"\x00")
    return bytes(out)


def run_loop(entry: str, out: Path, runs: int, seconds: int, time_limit: int, memory_mb: int, seed: int,
             extract: bool) -> None:
    import resource

    limit = memory_mb * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit * 2, limit * 2))  # address space, not RSS: some slack

    def alarm(signum, frame):
        raise TimeLimit(f"over {time_limit} s")

    signal.signal(signal.SIGALRM, alarm)
    target = Target(entry, out, extract)
    pool = seeds(entry)
    rng = random.Random(f"{seed}-{entry}-{target.done}")
    end = time.monotonic() + seconds if seconds else None
    n = 0
    while n < runs and (end is None or time.monotonic() < end):
        data = mutate(rng.choice(pool), pool, rng)
        signal.setitimer(signal.ITIMER_REAL, time_limit)
        try:
            target(data)
        except TimeLimit as err:
            target.record(data, "time limit", str(err))
        except MemoryError:
            target.record(data, "memory limit", f"over {memory_mb} MB")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        n += 1
    target.save()


# -- the driver ----------------------------------------------------------------------------------------
def engine_available() -> str:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return "loop"
    return "atheris"


def child(args: argparse.Namespace) -> None:
    run = run_atheris if args.engine == "atheris" else run_loop
    run(args.child, args.out, args.runs, args.seconds, args.time_limit, args.memory_mb, args.seed, args.extract)


def stats(out: Path, entry: str) -> dict:
    path = out / "stats" / f"{entry}.json"
    return json.loads(path.read_text()) if path.exists() else {"executions": 0, "signatures": []}


_FINAL = re.compile(r"stat::number_of_executed_units:\s*(\d+)")


def drive(args: argparse.Namespace) -> int:
    entries = [e for e in args.entries.split(",") if e]
    shares = [float(s) for s in args.share.split(",")] if args.share else [1.0] * len(entries)
    total = sum(shares[:len(entries)])
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for entry, share in zip(entries, shares):
        budget_runs = int(args.runs * share / total) if args.runs else 0
        budget_secs = args.seconds * share / total if args.seconds else 0
        started = time.monotonic()
        start_count = stats(out, entry)["executions"]
        while True:
            done = stats(out, entry)["executions"] - start_count
            left_runs = budget_runs - done if budget_runs else 10**12
            left_secs = int(budget_secs - (time.monotonic() - started)) if budget_secs else 0
            if left_runs <= 0 or (budget_secs and left_secs <= 0):
                break
            before = set((out / "artifacts").glob(f"{entry}-*")) if (out / "artifacts").is_dir() else set()
            cmd = [sys.executable, __file__, "--child", entry, "--engine", args.engine, "--out", str(out),
                   "--runs", str(min(left_runs, 2**31 - 1)), "--seconds", str(max(left_secs, 1) if budget_secs else 0),
                   "--time-limit", str(args.time_limit), "--memory-mb", str(args.memory_mb),
                   "--seed", str(args.seed + len(before))] + (["--extract"] if args.extract else [])
            log = out / f"{entry}.log"
            counted = stats(out, entry)["executions"]
            logged = log.stat().st_size if log.exists() else 0
            with open(log, "a") as fh:
                proc = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT,
                                      env={**os.environ, "PYTHONPATH": str(ROOT)})
            final = _FINAL.findall(log.read_bytes()[logged:].decode(errors="replace"))
            if final:  # libFuzzer's own count is exact; the child's file is saved every 50 inputs
                state = stats(out, entry)
                state["executions"] = counted + int(final[-1])
                (out / "stats" / f"{entry}.json").write_text(json.dumps(state))
            if proc.returncode == 0:
                break
            # the child died: a time-out, the memory limit or a native crash; libFuzzer kept the input
            after = set((out / "artifacts").glob(f"{entry}-*")) if (out / "artifacts").is_dir() else set()
            found = sorted(after - before)
            state = stats(out, entry)
            for artifact in found:
                kind = artifact.name.split("-")[1]
                sig = f"{kind} ({artifact.name})"
                if sig not in state["signatures"]:
                    state["signatures"].append(sig)
                    (out / "failures").mkdir(exist_ok=True)
                    (out / "failures" / f"{artifact.name}.bin").write_bytes(artifact.read_bytes())
                    tail = log.read_text(errors="replace").splitlines()[-40:]
                    (out / "failures" / f"{artifact.name}.txt").write_text(sig + "\n\n" + "\n".join(tail))
            (out / "stats" / f"{entry}.json").write_text(json.dumps(state))
            if not found:  # died without saying why: not a fuzz finding, stop rather than loop
                print(f"{entry}: the fuzzing process exited with status {proc.returncode}; see {log}")
                break
    return report(out, entries)


def report(out: Path, entries: list[str]) -> int:
    failed = 0
    for entry in entries:
        state = stats(out, entry)
        failed += len(state["signatures"])
        print(f"{entry:5s} {state['executions']:>9,d} executions, {len(state['signatures'])} distinct failure(s)")
        for sig in state["signatures"]:
            print(f"        {sig}")
    total = sum(stats(out, e)["executions"] for e in entries)
    print(f"all   {total:>9,d} executions; failing inputs under {out / 'failures'}")
    return 1 if failed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", default=",".join(ENTRIES))
    ap.add_argument("--share", default="", help="share of the budget per entry, e.g. 60,25,10,5")
    ap.add_argument("--runs", type=int, default=0, help="executions in all (0: no limit)")
    ap.add_argument("--seconds", type=int, default=0, help="seconds in all (0: no limit)")
    ap.add_argument("--time-limit", type=int, default=30, help="seconds allowed per input")
    ap.add_argument("--memory-mb", type=int, default=1500, help="memory allowed (RSS)")
    ap.add_argument("--engine", choices=("atheris", "loop"), default=engine_available())
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=ROOT / "fuzz-out")
    ap.add_argument("--extract", action="store_true", help="also extract each Document read, as `nianbao extract` does")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.runs and not args.seconds:
        ap.error("give --runs or --seconds")
    if args.child:
        child(args)
        return 0
    return drive(args)


if __name__ == "__main__":
    sys.exit(main())
