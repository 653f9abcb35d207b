"""End to end: the shipped scenario runs in Chromium against a fresh storefront, and becomes a guide page."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from playwright.sync_api import Browser

from guide import cli, record, storefront
from guide.render import render_all
from guide.runner import DEFAULT_CLOCK, RenderProfile, ScenarioRun
from guide.site import build_site
from guide.spec import load_library, load_scenario

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "scenarios" / "contact-seller-from-product-page.yaml"
CALLOUT = (0xD9, 0x48, 0x0F)

pytestmark = pytest.mark.e2e


def callout_pixels(image: Image.Image) -> int:
    colours = image.convert("RGB").getcolors(maxcolors=1 << 24) or []
    return sum(n for n, rgb in colours if all(abs(a - b) < 12 for a, b in zip(rgb, CALLOUT, strict=True)))


@pytest.fixture
def site_config(tmp_path: Path) -> Path:
    """mkdocs.yml pointed at this test's own docs folder, so tests never touch the repository's build/."""
    text = (ROOT / "mkdocs.yml").read_text()
    text = text.replace("docs_dir: build/docs", f"docs_dir: {tmp_path / 'docs'}")
    config = tmp_path / "mkdocs.yml"
    config.write_text(text)
    return config


def test_scenario_runs_and_becomes_a_page(browser: Browser, tmp_path: Path, site_config: Path) -> None:
    scenarios, personas = load_library(ROOT / "scenarios")
    scenario = next(s for s in scenarios if s.slug == SCENARIO.stem)
    run_dir = tmp_path / "run"
    with storefront.running(tmp_path / "store.sqlite", DEFAULT_CLOCK) as url:
        result = ScenarioRun(browser, scenario, personas, url, run_dir).run()
    assert result.status == "passed", result.error
    assert [s.status for s in result.steps] == ["passed"] * len(scenario.steps)

    images = [Image.open(run_dir / s.screenshot.path) for s in result.steps if s.screenshot]
    assert len(images) == len(scenario.steps) >= 5
    assert {im.size for im in images} == {(1280, 800)}
    for earlier, later in itertools.pairwise(images):
        assert ImageChops.difference(earlier.convert("RGB"), later.convert("RGB")).getbbox(), (
            "a step shows nothing new"
        )
    for spec_step, step, image in zip(scenario.steps, result.steps, images, strict=True):
        if spec_step.target is not None:  # the callout is drawn where the reader must act
            assert step.target is not None and step.target.box is not None
            assert callout_pixels(image) > 200, f"step {step.number} has no visible callout"
        else:
            assert callout_pixels(image) == 0
    assert result.steps[1].target.aria == '- link "Trailrunner 40L Hiking Backpack"'

    run = record.RunRecord(
        started_at="2026-03-02T09:30:00+00:00",
        finished_at="2026-03-02T09:31:00+00:00",
        base_url=url,
        profile=RenderProfile().as_record(),
        scenarios=[result],
    )
    docs = tmp_path / "docs"
    render_all([scenario], personas, run, run_dir, docs)
    build_site(site_config, tmp_path / "site")
    html = (tmp_path / "site" / "buyers" / f"{scenario.slug}.html").read_text()
    shown = re.findall(r'<img alt="(Step \d+ of [^"]+)"[^>]*src="([^"]+)"', html)
    assert len(shown) == len(scenario.steps)
    for alt, src in shown:
        assert (tmp_path / "site" / "buyers" / src).is_file(), src
        assert alt.endswith(".") and len(alt) > 30
    assert "Verified on 2 March 2026 against the storefront: 7 of 7 steps passed." in html
    assert_offline(tmp_path / "site")


def assert_offline(site: Path) -> None:
    """Nothing the pages load comes from another host: no fonts, scripts, styles or images from outside."""
    for page in site.rglob("*.html"):
        text = page.read_text()
        loaded = re.findall(r'<(?:script|img|link)\b[^>]*?(?:src|href)="((?:https?:)?//[^"]*)"', text)
        assert not loaded, f"{page} loads {loaded}"
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text


def test_a_failing_step_names_file_line_and_keeps_evidence(browser: Browser, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(SCENARIO.read_text().replace("name: Contact Seller}", "name: Contact Sellr}"))
    scenario = load_scenario(broken)
    _, personas = load_library(ROOT / "scenarios")
    with storefront.running(tmp_path / "store.sqlite", DEFAULT_CLOCK) as url:
        run = ScenarioRun(browser, scenario, personas, url, tmp_path / "run", RenderProfile(timeout_ms=1_500))
        result = run.run()
    assert result.status == "failed"
    assert [s.status for s in result.steps] == ["passed", "passed", "failed"] + ["skipped"] * 4
    line = scenario.step_lines[2]
    assert result.error.startswith(f"{broken}:{line}: step 3 (Click Contact Sellr.")
    assert 'get_by_role("link", name="Contact Sellr", exact=True)' in result.error
    assert (tmp_path / "run" / result.failure_screenshot).is_file()
    assert (tmp_path / "run" / result.trace).stat().st_size > 1000


def contact_guide(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command, in its own process: a second Playwright cannot share pytest-playwright's loop."""
    return subprocess.run(
        [sys.executable, "-m", "guide.cli", *args], capture_output=True, text=True, timeout=180, cwd=ROOT
    )


def test_build_command_publishes_the_site(tmp_path: Path, site_config: Path) -> None:
    done = contact_guide(
        "build",
        "--build-dir",
        str(tmp_path),
        "--config",
        str(site_config),
        "--site-dir",
        str(tmp_path / "site"),
    )
    assert done.returncode == cli.EXIT_OK, done.stdout + done.stderr
    assert "1 of 1 scenarios passed, 7 of 7 steps." in done.stdout
    assert "✓  3. Click Contact Seller." in done.stdout
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "buyers" / "contact-seller-from-product-page.html").is_file()
    assert record.read(tmp_path / "run").scenarios[0].status == "passed"


def test_build_refuses_to_publish_when_a_scenario_fails(tmp_path: Path, site_config: Path) -> None:
    library = tmp_path / "scenarios"
    shutil.copytree(ROOT / "scenarios", library)
    path = library / SCENARIO.name
    path.write_text(path.read_text().replace("option: Question about a product", "option: Nonexistent"))
    done = contact_guide(
        "build",
        "--scenarios",
        str(library),
        "--build-dir",
        str(tmp_path),
        "--timeout",
        "1500",
        "--config",
        str(site_config),
        "--site-dir",
        str(tmp_path / "site"),
    )
    assert done.returncode == cli.EXIT_FAILED, done.stdout + done.stderr
    assert f"FAILED {path}" in done.stdout
    assert "✗  4. In Category, choose Question about a product." not in done.stdout
    assert "✗  4. In Category, choose Nonexistent." in done.stdout
    assert "Nothing was published" in done.stderr
    assert not (tmp_path / "site").exists()
