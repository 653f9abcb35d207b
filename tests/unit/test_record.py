"""The run record: written whole, read back, and refused with the file's name when broken."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guide import record
from guide.record import RecordError
from tests.unit.factories import make_record


def test_round_trip(tmp_path: Path) -> None:
    original = make_record(steps=3)
    path = record.write(original, tmp_path)
    assert path.name == record.RECORD_NAME
    assert record.read(tmp_path) == original
    assert [p.name for p in tmp_path.iterdir()] == [record.RECORD_NAME]  # no temporary file left behind


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no run record; run the scenarios first"),
        ("{not json", "not a readable run record"),
        (json.dumps({"version": 99}), "run record version 99, this tool reads version 1"),
        (json.dumps({"version": 1, "started_at": "x"}), "finished_at: Field required"),
    ],
)
def test_broken_records_name_the_file(tmp_path: Path, content: str | None, message: str) -> None:
    if content is not None:
        (tmp_path / record.RECORD_NAME).write_text(content)
    with pytest.raises(RecordError) as caught:
        record.read(tmp_path)
    assert str(caught.value).startswith(str(tmp_path / record.RECORD_NAME))
    assert message in str(caught.value)
