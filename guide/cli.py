"""`contact-guide`: run scenarios, render the guide, build the site.

Exit codes: 0 all passed; 1 a scenario failed (nothing published); 2 bad input (scenario, personas,
run record); 3 the environment is missing something (Chromium, the storefront, mkdocs).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from guide import record
from guide.captions import caption, plain
from guide.chromium import ChromiumNotFound
from guide.record import RecordError, RunRecord
from guide.render import render_all
from guide.runner import RenderProfile, StepEvent, run_library
from guide.site import SiteError, build_site
from guide.spec import Persona, Scenario, load_library
from guide.storefront import StorefrontError
from guide.yaml_source import SourceError

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_ENVIRONMENT = 0, 1, 2, 3
MARKS = {"passed": "✓", "failed": "✗", "skipped": "-"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="contact-guide",
        description="Turn YAML scenarios into end-to-end checks, screenshots and an illustrated guide site.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str, runs: bool, renders: bool) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.add_argument(
            "--scenarios",
            type=Path,
            default=Path("scenarios"),
            help="folder of scenario YAML files and personas.yaml (default: scenarios)",
        )
        cmd.add_argument(
            "--build-dir",
            type=Path,
            default=Path("build"),
            help="where the run record, screenshots and pages go (default: build)",
        )
        if runs:
            cmd.add_argument(
                "--base-url",
                default=None,
                help="run against this deployment instead of starting the embedded storefront",
            )
            cmd.add_argument("--headed", action="store_true", help="show the browser window")
            cmd.add_argument(
                "--timeout",
                type=float,
                default=RenderProfile.timeout_ms,
                metavar="MS",
                help="how long a step may wait for its target (default: %(default).0f ms)",
            )
        if renders:
            cmd.add_argument(
                "--config",
                type=Path,
                default=Path("mkdocs.yml"),
                help="MkDocs configuration (default: mkdocs.yml)",
            )
            cmd.add_argument(
                "--site-dir",
                type=Path,
                default=Path("site"),
                help="where the built site goes (default: site)",
            )
        return cmd

    add("run", "Run every scenario in Chromium, check each step and capture screenshots.", True, False)
    add(
        "render",
        "Render the guide pages from the scenarios and the last run record (no browser).",
        False,
        False,
    )
    add("build", "Run, render and build the site; nothing is published if any scenario fails.", True, True)
    return parser


def _print_step(event: StepEvent) -> None:
    step = event.step
    text = plain(caption(event.scenario.steps[step.number - 1]).split("\n\n")[0])  # the note is for readers
    print(f"  {MARKS[step.status]} {step.number:>2}. {text} ({step.duration_ms:.0f} ms)", flush=True)
    if step.error:
        print("     " + step.error.replace("\n", "\n     "), flush=True)


def _run(args: argparse.Namespace, scenarios: list[Scenario], personas: dict[str, Persona]) -> RunRecord:
    run_dir = args.build_dir / "run"
    printed: set[str] = set()

    def on_step(event: StepEvent) -> None:
        if event.scenario.slug not in printed:
            printed.add(event.scenario.slug)
            print(f"{event.scenario.title}  [{event.scenario.source}]", flush=True)
        _print_step(event)

    result = run_library(
        scenarios,
        personas,
        run_dir,
        base_url=args.base_url,
        profile=RenderProfile(timeout_ms=args.timeout),
        headless=not args.headed,
        on_step=on_step,
    )
    for scenario in result.scenarios:
        if scenario.status == "failed" and scenario.slug not in printed:
            print(f"{scenario.title}  [{scenario.source}]\n  ✗ {scenario.error}", flush=True)
    return result


def _render(args: argparse.Namespace, scenarios: list[Scenario], personas: dict[str, Persona]) -> None:
    run_dir = args.build_dir / "run"
    written = render_all(scenarios, personas, record.read(run_dir), run_dir, args.build_dir / "docs")
    print(f"Rendered {len(written)} pages into {args.build_dir / 'docs'}", flush=True)


def _summary(result: RunRecord) -> bool:
    failed = [s for s in result.scenarios if s.status == "failed"]
    steps = sum(len(s.steps) for s in result.scenarios)
    passed = sum(s.passed_steps for s in result.scenarios)
    print(
        f"{len(result.scenarios) - len(failed)} of {len(result.scenarios)} scenarios passed, "
        f"{passed} of {steps} steps.",
        flush=True,
    )
    for scenario in failed:
        trace = f" (trace: {scenario.trace})" if scenario.trace else ""
        print(f"FAILED {scenario.source}{trace}", flush=True)
    return not failed


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        scenarios, personas = load_library(args.scenarios)
        if not scenarios:
            print(f"No scenarios in {args.scenarios}/ (expected *.yaml files).", file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.command in ("run", "build") and not _summary(_run(args, scenarios, personas)):
            print(
                "Nothing was published: fix the failing scenarios, or the storefront, and run again.",
                file=sys.stderr,
            )
            return EXIT_FAILED
        if args.command in ("render", "build"):
            _render(args, scenarios, personas)
        if args.command == "build":
            build_site(args.config, args.site_dir)
            print(f"Site built in {args.site_dir}/ ({time.perf_counter() - started:.1f} s).", flush=True)
    except (SourceError, RecordError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (ChromiumNotFound, StorefrontError, SiteError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
