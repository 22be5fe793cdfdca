#!/usr/bin/env python3
"""The fairer Python baseline for Scripts/bench: the report's tables, not only its counts.

For every day folder under SESSIONS (one level down) whose journals open a day of THEME
and close it, it folds the day the way maca's fold does at its simplest (the last answer,
grade or action given for a key stands, a redaction or a correction is not applied), then
counts what the report's tables show:

- cases, and agreed grades per domain and level;
- grades per domain, agency and level, from agencies' returns;
- every choice question's answers per option (the case profile);
- yes / partly / no per question;
- tags per question and tag, per agency where the question is per agency;
- action points by lead agency.

It checks nothing (no hash chain, no signature, no identifier scan) and writes only the
counts as JSON on standard output, so it is a floor, not a competitor: maca also verifies
every record's SHA-256 chain and scans every free-text value for identifiers.

Usage: bench-collate-tables.py SESSIONS [THEME]
"""
import collections
import glob
import json
import os
import sys


def fold_day(folder, theme):
    """The day's last value for every key, or None when it is not a closed day of the theme."""
    answers, grades, actions = {}, {}, {}
    opened = closed = False
    day_theme = None
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        with open(path, encoding="utf-8") as journal:
            for line in journal:
                event = json.loads(line)["event"]
                kind = event["type"]
                if kind == "answer-given":
                    key = event["key"]
                    answers[(key["ref"], key["question"], key.get("agency"))] = event["value"]
                elif kind == "grade-agreed":
                    grades[(event["ref"], event["domain"])] = event["level"]
                elif kind == "action-added":
                    actions[event["id"]] = event["fields"]
                elif kind == "day-opened":
                    opened = True
                    day_theme = event["template"]["id"]
                elif kind == "day-closed":
                    closed = True
    if not (opened and closed and day_theme == theme):
        return None
    return answers, grades, actions


def main():
    sessions = sys.argv[1]
    theme = sys.argv[2] if len(sys.argv) > 2 else "neglect"
    tables = {name: collections.Counter() for name in
              ("agreed", "agency-grades", "choices", "ypn", "tags", "actions-by-agency")}
    days = cases = 0
    for folder in sorted(glob.glob(os.path.join(sessions, "*", ""))):
        folded = fold_day(folder, theme)
        if folded is None:
            continue
        answers, grades, actions = folded
        days += 1
        cases += len({ref for (ref, _, _) in answers} | {ref for (ref, _) in grades})
        for (_, domain), level in grades.items():
            tables["agreed"][(domain, level)] += 1
        for (_, question, agency), value in answers.items():
            if "grade" in value:
                tables["agency-grades"][(question, agency, value["grade"])] += 1
            elif "choice" in value:
                tables["choices"][(question, value["choice"])] += 1
            elif "choices" in value:
                for choice in value["choices"]:
                    tables["choices"][(question, choice)] += 1
            elif "ypn" in value:
                tables["ypn"][(question, value["ypn"])] += 1
            elif "tags" in value:
                for tag in value["tags"]:
                    tables["tags"][(question, agency, tag)] += 1
        for fields in actions.values():
            lead = fields.get("lead-agency", {})
            tables["actions-by-agency"][lead.get("choice", "")] += 1
    out = {"days": days, "cases": cases}
    out.update({name: {" / ".join(str(part) for part in (key if isinstance(key, tuple) else (key,))): count
                       for key, count in sorted(counter.items(), key=lambda item: str(item[0]))}
                for name, counter in tables.items()})
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
