"""Reading the source CSVs: rows that remember where they came from, and field
checks that collect every problem instead of stopping at the first."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.core.dates import parse_partial_date


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.column}: {self.message}"


class BuildError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Row:
    """One CSV row with where it came from, for error messages."""

    file: str
    line: int
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "") or ""


class Sources:
    """Reads the CSV files and collects problems instead of stopping at the first."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.problems: list[Problem] = []

    def problem(self, row: Row, column: str, message: str) -> None:
        self.problems.append(Problem(row.file, row.line, column, message))

    def read(self, name: str, required: Iterable[str], optional: bool = False) -> list[Row]:
        path = self.folder / name
        if not path.exists():
            if not optional:
                self.problems.append(Problem(name, 0, "-", "file is missing"))
            return []
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [c for c in required if c not in header]
            if missing:
                self.problems.append(
                    Problem(name, 1, ",".join(missing), "required column missing from header")
                )
                return []
            rows = []
            for values in reader:
                if None in values:
                    self.problems.append(
                        Problem(name, reader.line_num, "-", "more cells than header columns")
                    )
                    continue
                clean = {k: (v or "").strip() for k, v in values.items()}
                if not any(clean.values()):
                    continue
                rows.append(Row(name, reader.line_num, clean))
            return rows

    # Field checks: each returns the parsed value or None after recording a problem.

    def date(self, row: Row, column: str, required: bool = False) -> str | None:
        text = row[column]
        if not text:
            if required:
                self.problem(row, column, "a date is required")
            return None
        try:
            parse_partial_date(text)
        except ValueError as exc:
            self.problem(row, column, str(exc))
            return None
        return text

    def integer(self, row: Row, column: str, required: bool = False) -> int | None:
        text = row[column]
        if not text:
            if required:
                self.problem(row, column, "a whole number is required")
            return None
        if not text.isdigit():
            self.problem(row, column, f"{text!r} is not a whole number (no separators)")
            return None
        return int(text)

    def number(self, row: Row, column: str) -> float | int | None:
        text = row[column]
        try:
            value = float(text)
        except ValueError:
            self.problem(row, column, f"{text!r} is not a plain number")
            return None
        return int(value) if value.is_integer() and "." not in text else value

    def choice(self, row: Row, column: str, allowed: Iterable[str]) -> str | None:
        text = row[column]
        if text not in allowed:
            self.problem(row, column, f"{text!r} is not one of {', '.join(sorted(allowed))}")
            return None
        return text

    def reference(self, row: Row, column: str, known: Iterable[str], what: str) -> str | None:
        text = row[column]
        if text not in known:
            self.problem(row, column, f"unknown {what} {text!r}")
            return None
        return text

    def no_duplicates(self, rows: list[Row], key_columns: tuple[str, ...]) -> None:
        seen: dict[tuple[str, ...], int] = {}
        for row in rows:
            key = tuple(row[c] for c in key_columns)
            if key in seen:
                self.problem(
                    row, "+".join(key_columns), f"duplicate of line {seen[key]} ({', '.join(key)})"
                )
            else:
                seen[key] = row.line
