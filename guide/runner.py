"""Drive Chromium through scenarios, check every step and capture its screenshot into a run record."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from playwright.sync_api import Browser, Page, expect, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator as PWLocator

from guide import chromium, record, storefront
from guide.captions import caption, plain
from guide.locate import resolve
from guide.record import Box, RunRecord, ScenarioRecord, Screenshot, StepRecord, Target, Variant
from guide.spec import Persona, Scenario, Step

# Scenarios without a clock still see a fixed time, so dates on screen never change between runs.
DEFAULT_CLOCK = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
ERROR_LINES = 12


@dataclass(frozen=True)
class RenderProfile:
    """Everything that decides how a screenshot looks; the same profile gives the same pixels."""

    width: int = 1280
    height: int = 800
    device_scale_factor: float = 1
    locale: str = "en-US"
    timezone: str = "UTC"
    theme: str = "light"
    timeout_ms: float = 10_000

    def context_options(self) -> dict:
        return {
            "viewport": {"width": self.width, "height": self.height},
            "device_scale_factor": self.device_scale_factor,
            "locale": self.locale,
            "timezone_id": self.timezone,
            "color_scheme": self.theme,
            "reduced_motion": "reduce",
        }

    def as_record(self) -> record.Profile:
        return record.Profile(
            viewport={"width": self.width, "height": self.height},
            device_scale_factor=self.device_scale_factor,
            locale=self.locale,
            timezone=self.timezone,
            theme=self.theme,
        )


@dataclass
class StepEvent:
    scenario: Scenario
    step: StepRecord


ProgressCallback = Callable[[StepEvent], None]


class StepFailed(Exception):
    pass


# Drawn into the page just for the screenshot, then removed: a box around the target and the step's number.
# The number sits outside the box, on its left unless the target touches the left edge, so it hides nothing.
_CALLOUT_JS = """([box, label]) => {
  const pad = 4, size = 26, gap = 6, o = document.createElement('div');
  o.id = '__guide_callout'; o.setAttribute('aria-hidden', 'true');
  Object.assign(o.style, {position: 'absolute', left: (box.x + scrollX - pad) + 'px',
    top: (box.y + scrollY - pad) + 'px', width: (box.width + 2 * pad) + 'px',
    height: (box.height + 2 * pad) + 'px', border: '3px solid #d9480f', borderRadius: '8px',
    boxSizing: 'border-box', zIndex: 2147483647, pointerEvents: 'none'});
  const b = document.createElement('div'); b.textContent = label;
  const side = box.x >= size + gap + pad ? {right: `calc(100% + ${gap}px)`} : {left: `calc(100% + ${gap}px)`};
  Object.assign(b.style, side, {position: 'absolute', top: `calc(50% - ${size / 2}px)`,
    width: size + 'px', height: size + 'px', borderRadius: '50%', background: '#d9480f', color: '#fff',
    font: `700 14px/${size}px Inter, sans-serif`, textAlign: 'center'});
  o.appendChild(b); document.body.appendChild(o);
}"""
_REMOVE_CALLOUT_JS = "() => document.getElementById('__guide_callout')?.remove()"


@dataclass
class ScenarioRun:
    """One scenario in one browser context; produces its ScenarioRecord."""

    browser: Browser
    scenario: Scenario
    personas: dict[str, Persona]
    base_url: str
    out_dir: Path
    profile: RenderProfile = field(default_factory=RenderProfile)
    on_step: ProgressCallback | None = None

    @property
    def shots_dir(self) -> Path:
        return self.out_dir / "screenshots" / self.scenario.slug

    def run(self) -> ScenarioRecord:
        shutil.rmtree(self.shots_dir, ignore_errors=True)
        self.shots_dir.mkdir(parents=True)
        started = time.perf_counter()
        context = self.browser.new_context(base_url=self.base_url, **self.profile.context_options())
        context.set_default_timeout(self.profile.timeout_ms)
        context.tracing.start(snapshots=True, sources=False)
        page = context.new_page()
        steps: list[StepRecord] = []
        error = failure_shot = trace = None
        try:
            page.clock.set_fixed_time(self.scenario.preconditions.clock or DEFAULT_CLOCK)
            self._sign_in(page)
            for number, step in enumerate(self.scenario.steps, start=1):
                result = self._run_step(page, number, step)
                steps.append(result)
                if self.on_step:
                    self.on_step(StepEvent(self.scenario, result))
                if result.status == "failed":
                    error = result.error
                    break
        except (PlaywrightError, StepFailed) as exc:  # before any step: storefront down, sign-in broken
            error = f"{self.scenario.source}: before the first step: {_first_lines(str(exc))}"
        finally:
            if error:
                failure_shot = self._failure_screenshot(page)
                trace_path = self.shots_dir / "trace.zip"
                context.tracing.stop(path=trace_path)
                trace = self._relative(trace_path)
            else:
                context.tracing.stop()
            context.close()
        steps += [self._skipped(n, s) for n, s in enumerate(self.scenario.steps, 1) if n > len(steps)]
        return ScenarioRecord(
            slug=self.scenario.slug,
            source=self.scenario.source,
            title=self.scenario.title,
            status="failed" if error else "passed",
            duration_ms=_ms_since(started),
            steps=steps,
            error=error,
            failure_screenshot=failure_shot,
            trace=trace,
        )

    def _sign_in(self, page: Page) -> None:
        name = self.scenario.preconditions.signed_in_as
        if not name:
            return
        persona = self.personas[name]
        page.goto("/login")
        page.get_by_label("Email", exact=True).fill(persona.email)
        page.get_by_label("Password", exact=True).fill(persona.password)
        page.get_by_role("button", name="Sign in", exact=True).click()
        page.wait_for_load_state()
        if page.url.rstrip("/").endswith("/login"):
            raise StepFailed(f"could not sign in as '{name}' ({persona.email}): still on the sign-in page")

    def _run_step(self, page: Page, number: int, step: Step) -> StepRecord:
        started = time.perf_counter()
        line = self._line(number)
        target_locator = resolve(page, step.target) if step.target else None
        shot: Screenshot | None = None
        target: Target | None = None
        error: str | None = None
        try:
            if step.capture == "before" and target_locator is not None:
                target_locator.wait_for(state="visible")
                target, shot = self._capture(page, number, step, target_locator)
            self._act(page, step, target_locator)
            if step.capture == "after":
                still_there = target_locator is not None and _present(target_locator)
                highlight = target_locator if still_there else None
                target, shot = self._capture(page, number, step, highlight)
        except (PlaywrightError, AssertionError) as exc:
            where = f"{self.scenario.source}:{line}"
            error = f"{where}: step {number} ({plain(caption(step))}) failed:\n{_first_lines(str(exc))}"
        return StepRecord(
            number=number,
            action=step.action,
            line=line,
            status="failed" if error else "passed",
            duration_ms=_ms_since(started),
            screenshot=shot,
            target=target,
            error=error,
        )

    def _act(self, page: Page, step: Step, target: PWLocator | None) -> None:
        if step.goto is not None:
            page.goto(step.goto)
        elif step.click is not None and target is not None:
            target.click()
        elif step.fill is not None and target is not None:
            target.fill(step.fill.value)
        elif step.select is not None and target is not None:
            target.select_option(label=step.select.option)
        elif step.expect is not None and target is not None:
            expect(target).to_be_visible()
            if step.expect.contains:
                expect(target).to_contain_text(step.expect.contains)
        page.wait_for_load_state()

    def _capture(
        self, page: Page, number: int, step: Step, target: PWLocator | None
    ) -> tuple[Target | None, Screenshot]:
        page.evaluate("document.fonts.ready.then(() => true)")
        found: Target | None = None
        if target is not None:
            target.scroll_into_view_if_needed()
            box = target.bounding_box()
            if box:
                page.evaluate(_CALLOUT_JS, [box, str(number)])
            found = Target(
                role=step.target.role if step.target else None,
                name=step.target.shown_name if step.target else "",
                aria=_aria_line(target),
                box=Box(**box) if box else None,
            )
        path = self.shots_dir / f"{number:02d}.png"
        page.screenshot(path=path, animations="disabled", caret="hide", scale="css")
        page.evaluate(_REMOVE_CALLOUT_JS)
        shot = Screenshot(
            path=self._relative(path),
            width=self.profile.width,
            height=self.profile.height,
            variant=Variant(viewport="desktop", theme=self.profile.theme, locale=self.profile.locale),
        )
        return found, shot

    def _failure_screenshot(self, page: Page) -> str | None:
        path = self.shots_dir / "failure.png"
        try:
            page.screenshot(path=path, animations="disabled", caret="hide", scale="css", timeout=5_000)
        except PlaywrightError:
            return None  # the page itself may be gone; the error and the trace still say what happened
        return self._relative(path)

    def _skipped(self, number: int, step: Step) -> StepRecord:
        return StepRecord(
            number=number, action=step.action, line=self._line(number), status="skipped", duration_ms=0
        )

    def _line(self, number: int) -> int:
        """The step's line in its file; 0 for a scenario built in code rather than loaded."""
        return self.scenario.step_lines[number - 1] if self.scenario.step_lines else 0

    def _relative(self, path: Path) -> str:
        return path.relative_to(self.out_dir).as_posix()


def _present(locator: PWLocator) -> bool:
    """Whether the target is still on screen after the action (a click often navigates away)."""
    try:
        return locator.count() == 1 and locator.is_visible()
    except PlaywrightError:
        return False


def _aria_line(locator: PWLocator) -> str | None:
    try:
        return locator.aria_snapshot(timeout=2_000).splitlines()[0].removesuffix(":")
    except (PlaywrightError, IndexError):
        return None


def _first_lines(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines() if line.strip()]
    return "\n".join(lines[:ERROR_LINES])


def _ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextmanager
def launched_browser(headless: bool = True) -> Iterator[Browser]:
    with sync_playwright() as p:
        browser = p.chromium.launch(**chromium.launch_options(p.chromium.executable_path, headless=headless))
        try:
            yield browser
        finally:
            browser.close()


def run_library(
    scenarios: list[Scenario],
    personas: dict[str, Persona],
    out_dir: Path,
    base_url: str | None = None,
    profile: RenderProfile | None = None,
    headless: bool = True,
    on_step: ProgressCallback | None = None,
) -> RunRecord:
    """Run every scenario, each against a fresh storefront unless base_url names another deployment."""
    profile = profile or RenderProfile()
    started = _now()
    results: list[ScenarioRecord] = []
    with launched_browser(headless) as browser, tempfile.TemporaryDirectory(prefix="contact-guide-") as tmp:
        for scenario in scenarios:
            with _storefront_for(scenario, base_url, Path(tmp)) as url:
                run = ScenarioRun(browser, scenario, personas, url, out_dir, profile, on_step)
                results.append(run.run())
    run_record = RunRecord(
        started_at=started,
        finished_at=_now(),
        base_url=base_url or "embedded storefront",
        profile=profile.as_record(),
        scenarios=results,
    )
    record.write(run_record, out_dir)
    return run_record


@contextmanager
def _storefront_for(scenario: Scenario, base_url: str | None, tmp: Path) -> Iterator[str]:
    if base_url:
        yield base_url
        return
    database = tmp / f"{scenario.slug}.sqlite"
    with storefront.running(database, scenario.preconditions.clock or DEFAULT_CLOCK) as url:
        yield url
