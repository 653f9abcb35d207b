"""Rendering pages from scenarios and a run record, with no browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.record import RecordError
from guide.render import render_all, render_scenario
from guide.spec import Persona
from tests.unit.factories import make_record, make_scenario

PERSONAS = {"buyer": Persona(email="a@example.com", password="p", display_name="Alex Morgan")}


def test_page_has_title_intro_numbered_steps_images_and_footer() -> None:
    scenario = make_scenario(steps=3)
    result = make_record(steps=3).scenarios[0]
    page = render_scenario(scenario, result, "26 November 2026", PERSONAS)
    assert page.startswith("# Ask a question\n\nAsk before you buy.\n")
    for n in (1, 2, 3):
        assert f"{n}. Click **Link {n}**." in page
        assert f"](../images/ask-a-question/{n:02d}.png)" in page
        assert (
            f"![Step {n} of “Ask a question”: Click Link {n}. The highlighted box marks where to act.]"
            in page
        )
    assert "Verified on 26 November 2026 against the storefront: 3 of 3 steps passed." in page
    assert "Before you start" not in page  # nobody signs in for this scenario


def test_signed_in_scenario_says_so_before_the_steps() -> None:
    scenario = make_scenario(steps=1)
    scenario = scenario.model_copy(
        update={"preconditions": scenario.preconditions.model_copy(update={"signed_in_as": "buyer"})}
    )
    page = render_scenario(scenario, make_record(steps=1).scenarios[0], "1 March 2026", PERSONAS)
    assert page.index('!!! info "Before you start"') < page.index("## Steps")
    assert "Alex Morgan" in page


def test_render_all_writes_pages_and_images(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    docs = tmp_path / "docs"
    written = render_all([make_scenario()], PERSONAS, make_record(run_dir=run_dir), run_dir, docs)
    assert sorted(p.relative_to(docs).as_posix() for p in written) == ["buyers/ask-a-question.md", "index.md"]
    assert sorted(p.name for p in (docs / "images" / "ask-a-question").iterdir()) == [
        "01.png",
        "02.png",
        "03.png",
    ]
    assert "[Ask a question](buyers/ask-a-question.md)" in (docs / "index.md").read_text()
    assert "Verified on 26 November 2026" in (docs / "buyers/ask-a-question.md").read_text()


def test_a_changed_scenario_is_not_rendered_with_old_pictures(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    with pytest.raises(RecordError, match="has 4 steps but the run record has 3"):
        render_all(
            [make_scenario(steps=4)],
            PERSONAS,
            make_record(steps=3, run_dir=run_dir),
            run_dir,
            tmp_path / "docs",
        )


def test_failed_render_leaves_the_previous_pages_untouched(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    docs = tmp_path / "docs"
    render_all([make_scenario()], PERSONAS, make_record(run_dir=run_dir), run_dir, docs)
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    (run_dir / "screenshots/ask-a-question/03.png").unlink()
    with pytest.raises(RecordError, match=r"03\.png is missing"):
        render_all([make_scenario()], PERSONAS, make_record(), run_dir, docs)
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging folder left


def test_scenario_missing_from_the_record(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="not in the run record"):
        render_all([make_scenario(slug="other")], PERSONAS, make_record(), tmp_path, tmp_path / "docs")
