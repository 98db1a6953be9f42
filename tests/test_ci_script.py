"""The CI entry point itself must not fail before the tests start.

`.ci/run` prints the Java and Maven versions for the log. It once piped them
through `head -1` under `set -o pipefail`: head closed the pipe early, mvn
sometimes exited 1 on the broken pipe, and CI failed after one second. This
runs everything in `.ci/run` up to `make test` repeatedly and needs a clean
exit every time.
"""
import pathlib
import shutil
import subprocess

import pytest

CI_RUN = pathlib.Path(__file__).resolve().parent.parent / ".ci" / "run"


def _preamble() -> str:
    lines = CI_RUN.read_text().splitlines()
    cut = next(i for i, line in enumerate(lines) if line.strip().startswith("make test"))
    return "\n".join(lines[:cut]) + "\n"


@pytest.mark.skipif(shutil.which("mvn") is None or shutil.which("java") is None,
                    reason="CI needs Java and Maven; this machine has neither")
def test_ci_preamble_exits_cleanly_every_time(tmp_path):
    script = tmp_path / "preamble.sh"
    # `cd "$(dirname "$0")/.."` in the preamble must land in the checkout.
    script.write_text(_preamble().replace('"$(dirname "$0")/.."', f'"{CI_RUN.parent.parent}"'))
    failures = []
    for attempt in range(12):
        done = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            failures.append((attempt, done.returncode, done.stdout[-200:], done.stderr[-200:]))
    assert not failures, f"CI preamble failed: {failures}"


def test_ci_runs_the_readme_test_command():
    readme = (CI_RUN.parent.parent / "README.md").read_text()
    assert "make test" in readme
    assert CI_RUN.read_text().rstrip().endswith("make test")
