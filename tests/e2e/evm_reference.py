#!/usr/bin/env python3
"""An independent reference for `pmadmin budget status` (SPEC §3 EVM, Risk), written from
docs/scheduling.md and SPEC.md in Python instead of C++: reads a project folder with
PyYAML, computes the plan (CPM without progress), category control, EVM and risk EMV,
and compares them with the JSON pmadmin printed.

usage: evm_reference.py PROJECT_DIR TODAY PMADMIN_JSON_FILE
"""
import datetime as dt
import glob
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

import yaml

root, today_text, json_file = sys.argv[1:4]
today = dt.date.fromisoformat(today_text)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


cfg = load(os.path.join(root, "pmadmin.yaml"))
people = {p["id"]: p for p in map(load, glob.glob(os.path.join(root, "people", "*.yaml")))}
tasks = {t["id"]: t for t in map(load, glob.glob(os.path.join(root, "tasks", "*.yaml")))}
expenses = [load(f) for f in glob.glob(os.path.join(root, "budget", "expenses", "*.yaml"))]
risks = [load(f) for f in glob.glob(os.path.join(root, "risks", "*.yaml"))]
plan = load(os.path.join(root, "budget", "plan.yaml"))

# --- calendar: list every working day from the start, index = position in the list ---
names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
workdays = {names.index(d) for d in cfg["calendar"]["workdays"]}


def day_set(items):  # DATE, FIRST..LAST or {date: ..., name: ...}
    out = set()
    for h in items:
        h = str(h["date"] if isinstance(h, dict) else h)
        first, _, last = h.partition("..")
        a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last or first)
        while a <= b:
            out.add(a)
            a += dt.timedelta(days=1)
    return out


holidays = day_set(cfg["calendar"].get("holidays", []))
extra = day_set(cfg["calendar"].get("workdays_extra", [])) - holidays  # make-up working days (调休)
start = cfg["start"]
days = []
d = start
while len(days) < 3000:
    if (d.weekday() in workdays and d not in holidays) or d in extra:
        days.append(d)
    d += dt.timedelta(days=1)


def workdays_between(a, b):  # inclusive
    return sum(1 for x in days if a <= x <= b)


# --- the plan: CPM forward pass, no progress, no status date ---
def duration(t):
    if t.get("kind") == "milestone":
        return 0
    return int(str(t["duration"]).rstrip("d"))


es, ef = {}, {}


def place(tid):
    if tid in es:
        return
    t = tasks[tid]
    dur = duration(t)
    lo = 0
    if t.get("start-no-earlier"):
        lo = next(i for i, x in enumerate(days) if x >= t["start-no-earlier"]) + (1 if dur == 0 else 0)
    for dep in t.get("depends") or []:
        dep = str(dep)
        pred, _, rest = dep.partition(":")
        kind, lag = (rest[:2], int(rest[2:].rstrip("d") or 0)) if rest else ("fs", 0)
        place(pred)
        lo = max(lo, {"fs": ef[pred] + lag, "ss": es[pred] + lag, "ff": ef[pred] + lag - dur}[kind])
    es[tid], ef[tid] = lo, lo + dur


for tid in tasks:
    place(tid)


def planned_dates(tid):
    if duration(tasks[tid]) == 0:
        i = ef[tid] - 1 if ef[tid] > 0 else 0
        return days[i], days[i]
    return days[es[tid]], days[ef[tid] - 1]


def money(x):
    return Decimal(str(x)).quantize(Decimal("0.01"))


def cost(t):
    if t.get("cost") is not None:
        return money(t["cost"])
    rate = people.get(t.get("owner"), {}).get("rate")
    if rate is None:
        return None
    n = t.get("effort") or t.get("duration") or "0d"
    return money(rate) * int(str(n).rstrip("d"))


def share(amount, num, den):
    return (amount * num / den).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


bac = pv = ev = Decimal("0.00")
committed = {}
for tid, t in tasks.items():
    if t.get("status") == "cancelled":
        continue
    c = cost(t)
    if t.get("category"):
        committed[t["category"]] = committed.get(t["category"], Decimal("0.00")) + (c or 0)
    if c is None:
        continue
    bac += c
    s, f = planned_dates(tid)
    if t.get("kind") == "milestone":
        pv += c if f <= today else 0
    elif today >= s:
        pv += share(c, workdays_between(s, min(today, f)), workdays_between(s, f))
    progress = 100 if t.get("status") == "done" else t.get("progress", 0)
    ev += share(c, progress, 100)
# AC: only the expenses booked to a costed task (one not cancelled, with a planned cost);
# the rest is spending outside the costed work, controlled by the budget lines.
costed = {tid for tid, t in tasks.items() if t.get("status") != "cancelled" and cost(t) is not None}
ac = sum((money(e["amount"]) for e in expenses if e["date"] <= today and e.get("task") in costed),
         Decimal("0.00"))
outside = sum((money(e["amount"]) for e in expenses if e["date"] <= today and e.get("task") not in costed),
              Decimal("0.00"))

want = {"bac": bac, "pv": pv, "ev": ev, "ac": ac, "outside": outside, "sv": ev - pv, "cv": ev - ac,
        "eac": share(bac, ac, ev), "eac_planned_rate": ac + bac - ev}
want["etc"] = want["eac"] - ac
want["vac"] = bac - want["eac"]

got = json.load(open(json_file, encoding="utf-8"))
bad = []
for key, value in want.items():
    if Decimal(got["evm"][key]) != value:
        bad.append(f"evm.{key}: pmadmin {got['evm'][key]}, reference {value}")
for key, value in {"spi": ev / pv, "cpi": ev / ac, "tcpi": (bac - ev) / (bac - ac)}.items():
    if abs(Decimal(str(got["evm"][key])) - value) > Decimal("0.0001"):
        bad.append(f"evm.{key}: pmadmin {got['evm'][key]}, reference {value:.4f}")

for c in got["categories"]:
    name = c["category"]
    line = plan["categories"][name]
    adj = sum((money(a["amount"]) for a in plan.get("adjustments", []) if a["category"] == name and a["date"] <= today),
              Decimal("0.00"))
    budget = money(line["planned"]) + adj
    spent = sum((money(e["amount"]) for e in expenses if e["category"] == name and e["date"] <= today), Decimal("0.00"))
    for key, value in {"planned": money(line["planned"]), "adjustments": adj, "budget": budget, "spent": spent,
                       "remaining": budget - spent, "committed": committed.get(name, Decimal("0.00"))}.items():
        if Decimal(c[key]) != value:
            bad.append(f"{name}.{key}: pmadmin {c[key]}, reference {value}")
    if c["overrun"] != (spent > budget):
        bad.append(f"{name}.overrun: pmadmin {c['overrun']}")

pct = {1: 10, 2: 30, 3: 50, 4: 70, 5: 90}
threats = sum((share(money(r["cost-impact"]), pct[r["probability"]], 100) for r in risks
               if r.get("status", "open") == "open" and r.get("cost-impact") and r.get("kind", "threat") == "threat"),
              Decimal("0.00"))
if Decimal(got["risk_reserve"]["threats_emv"]) != threats:
    bad.append(f"threats_emv: pmadmin {got['risk_reserve']['threats_emv']}, reference {threats}")

if bad:
    print("\n".join(bad))
    sys.exit(1)
print(f"reference agrees: BAC {bac} PV {pv} EV {ev} AC {ac}, {len(got['categories'])} categories, threats EMV {threats}")
