"""Render guide pages (Markdown) from scenarios and the last run record; no browser involved."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from guide import atomic
from guide.captions import caption, plain
from guide.record import RECORD_NAME, RecordError, RunRecord, ScenarioRecord, StepRecord
from guide.spec import Persona, Scenario

SECTIONS = {"buyer": "buyers", "seller": "sellers"}


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("guide", "templates"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["plain"] = plain
    return env


def page_path(scenario: Scenario) -> str:
    """Where a scenario's page lives in the docs folder, e.g. 'buyers/contact-seller.md'."""
    return f"{SECTIONS[scenario.audience]}/{scenario.slug}.md"


def alt_text(scenario: Scenario, step: StepRecord, text: str) -> str:
    marked = " The highlighted box marks where to act." if step.target and step.target.box else ""
    return f"Step {step.number} of “{scenario.title}”: {plain(text)}{marked}"


def _result_for(scenario: Scenario, run: RunRecord) -> ScenarioRecord:
    result = run.scenario(scenario.slug)
    if result is None:
        raise RecordError(f"{scenario.source}: not in the run record; run the scenarios again")
    if len(result.steps) != len(scenario.steps):
        raise RecordError(
            f"{scenario.source}: has {len(scenario.steps)} steps but the run record has {len(result.steps)}; "
            "the scenario changed since it ran, run it again"
        )
    return result


def render_scenario(
    scenario: Scenario, result: ScenarioRecord, verified_on: str, personas: dict[str, Persona]
) -> str:
    depth = "../" * page_path(scenario).count("/")
    steps = []
    for spec_step, step in zip(scenario.steps, result.steps, strict=True):
        text = caption(spec_step)
        shot = step.screenshot
        steps.append(
            {
                "text": text,
                "image": f"{depth}images/{scenario.slug}/{Path(shot.path).name}" if shot else None,
                "width": shot.width if shot else 0,
                "height": shot.height if shot else 0,
                "alt": alt_text(scenario, step, text),
            }
        )
    persona = personas.get(scenario.preconditions.signed_in_as or "")
    return (
        _environment()
        .get_template("scenario.md.j2")
        .render(
            scenario=scenario,
            steps=steps,
            persona=persona,
            result=result,
            verified_on=verified_on,
        )
    )


def render_index(scenarios: list[Scenario]) -> str:
    pages = [{"title": s.title, "path": page_path(s), "intro": s.intro} for s in scenarios]
    return _environment().get_template("index.md.j2").render(pages=pages)


def _copy_screenshots(result: ScenarioRecord, run_dir: Path, images: Path) -> None:
    images.mkdir(parents=True)
    for step in result.steps:
        if step.screenshot:
            source = run_dir / step.screenshot.path
            if not source.is_file():
                raise RecordError(f"{run_dir / RECORD_NAME}: screenshot {source} is missing")
            shutil.copy2(source, images / source.name)


def render_all(
    scenarios: list[Scenario], personas: dict[str, Persona], run: RunRecord, run_dir: Path, docs_dir: Path
) -> list[Path]:
    """Write every page and its images into a fresh docs folder, swapped in only once complete."""
    results = [(s, _result_for(s, run)) for s in scenarios]  # check everything before writing anything
    finished = datetime.fromisoformat(run.finished_at)
    verified_on = f"{finished.day} {finished:%B %Y}"
    with atomic.staged_folder(docs_dir) as staged:
        written = [staged / "index.md"]
        atomic.write_text(written[0], render_index(scenarios))
        for scenario, result in results:
            page = staged / page_path(scenario)
            atomic.write_text(page, render_scenario(scenario, result, verified_on, personas))
            written.append(page)
            _copy_screenshots(result, run_dir, staged / "images" / scenario.slug)
    return [docs_dir / p.relative_to(staged) for p in written]
