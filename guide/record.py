"""The run record: the contract between running scenarios and rendering the guide.

One JSON file (`build/run/run-record.json`), versioned by RECORD_VERSION; screenshot paths in it are
relative to the file's folder. Shape (version 1):

    {"version": 1, "started_at": ISO, "finished_at": ISO, "base_url": str,
     "profile": {"viewport": {"width", "height"}, "device_scale_factor", "locale", "timezone", "theme"},
     "scenarios": [{"slug", "source", "title", "status": "passed"|"failed", "duration_ms",
                    "error": str|null, "failure_screenshot": path|null, "trace": path|null,
                    "steps": [{"number", "action", "line", "status": "passed"|"failed"|"skipped",
                               "duration_ms", "error": str|null,
                               "screenshot": {"path", "width", "height",
                                              "variant": {"viewport", "theme", "locale"}}|null,
                               "target": {"role", "name", "aria", "box": {"x","y","width","height"}}|null}]}]}

Bump RECORD_VERSION on any change a reader must know about; readers refuse versions they do not know.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from guide import atomic

RECORD_VERSION = 1
RECORD_NAME = "run-record.json"

Status = Literal["passed", "failed", "skipped"]


class Box(BaseModel):
    x: float
    y: float
    width: float
    height: float


class Target(BaseModel):
    role: str | None = None
    name: str
    aria: str | None = None  # the element's accessibility-tree line, e.g. '- link "Contact Seller"'
    box: Box | None = None


class Variant(BaseModel):
    viewport: str = "desktop"
    theme: str = "light"
    locale: str = "en-US"


class Screenshot(BaseModel):
    path: str
    width: int
    height: int
    variant: Variant = Variant()


class StepRecord(BaseModel):
    number: int
    action: str
    line: int
    status: Status
    duration_ms: float
    error: str | None = None
    screenshot: Screenshot | None = None
    target: Target | None = None


class ScenarioRecord(BaseModel):
    slug: str
    source: str
    title: str
    status: Literal["passed", "failed"]
    duration_ms: float
    steps: list[StepRecord]
    error: str | None = None
    failure_screenshot: str | None = None
    trace: str | None = None

    @property
    def passed_steps(self) -> int:
        return sum(s.status == "passed" for s in self.steps)


class Profile(BaseModel):
    viewport: dict[str, int]
    device_scale_factor: float
    locale: str
    timezone: str
    theme: str


class RunRecord(BaseModel):
    version: int = RECORD_VERSION
    started_at: str
    finished_at: str
    base_url: str
    profile: Profile
    scenarios: list[ScenarioRecord]

    def scenario(self, slug: str) -> ScenarioRecord | None:
        return next((s for s in self.scenarios if s.slug == slug), None)


class RecordError(ValueError):
    """The run record is missing, unreadable or of another version; the message names the file."""


def write(record: RunRecord, folder: Path) -> Path:
    path = folder / RECORD_NAME
    atomic.write_text(path, record.model_dump_json(indent=2) + "\n")
    return path


def read(folder: Path) -> RunRecord:
    path = folder / RECORD_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RecordError(f"{path}: no run record; run the scenarios first (contact-guide run)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordError(f"{path}: not a readable run record ({exc}); run the scenarios again") from None
    version = data.get("version") if isinstance(data, dict) else None
    if version != RECORD_VERSION:
        raise RecordError(f"{path}: run record version {version!r}, this tool reads version {RECORD_VERSION}")
    try:
        return RunRecord.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RecordError(f"{path}: {where}: {first['msg']}; run the scenarios again") from None
