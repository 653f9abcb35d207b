"""Small builders of scenarios and run records for tests that need no browser."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from guide.record import Box, Profile, RunRecord, ScenarioRecord, Screenshot, StepRecord, Target
from guide.spec import Scenario


def make_scenario(steps: int = 3, slug: str = "ask-a-question") -> Scenario:
    data = {
        "title": "Ask a question",
        "audience": "buyer",
        "intro": "Ask before you buy.",
        "steps": [{"click": {"role": "link", "name": f"Link {n}"}} for n in range(1, steps + 1)],
    }
    return Scenario.model_validate(data).model_copy(
        update={"slug": slug, "source": f"scenarios/{slug}.yaml", "step_lines": tuple(range(5, 5 + steps))}
    )


def make_record(steps: int = 3, slug: str = "ask-a-question", run_dir: Path | None = None) -> RunRecord:
    """A passed run; with run_dir, its screenshots exist there as small PNGs."""
    step_records = []
    for n in range(1, steps + 1):
        shot_path = f"screenshots/{slug}/{n:02d}.png"
        if run_dir is not None:
            (run_dir / shot_path).parent.mkdir(parents=True, exist_ok=True)
            Image.new("RGB", (64, 40), (n * 40 % 256, 90, 160)).save(run_dir / shot_path)
        step_records.append(
            StepRecord(
                number=n,
                action="click",
                line=4 + n,
                status="passed",
                duration_ms=12.5,
                screenshot=Screenshot(path=shot_path, width=1280, height=800),
                target=Target(role="link", name=f"Link {n}", box=Box(x=10, y=20, width=100, height=30)),
            )
        )
    return RunRecord(
        started_at="2026-11-26T10:00:00+00:00",
        finished_at="2026-11-26T10:00:09+00:00",
        base_url="http://127.0.0.1:5000",
        profile=Profile(
            viewport={"width": 1280, "height": 800},
            device_scale_factor=1,
            locale="en-US",
            timezone="UTC",
            theme="light",
        ),
        scenarios=[
            ScenarioRecord(
                slug=slug,
                source=f"scenarios/{slug}.yaml",
                title="Ask a question",
                status="passed",
                duration_ms=900,
                steps=step_records,
            )
        ],
    )
