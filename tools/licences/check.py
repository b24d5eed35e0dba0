#!/usr/bin/env python3
"""Checks the licence of every component in CycloneDX SBOMs against the allow-list in policy.json.

    tools/licences/check.py backend/target/bom.json frontend/target/bom.json

A component passes when its licence (an SPDX id, an SPDX expression, or a name that policy.json maps to one)
can be satisfied with licences on the allow-list: for `A OR B` one side suffices, for `A AND B` both must be
allowed, `L WITH E` passes when L alone or the pair is allowed. Several licences listed for one component
are alternatives, as Maven defines for a POM's <licenses>. A component with no licence at all fails, unless
policy.json records a reviewed decision for it. Exits 1 and names every refused component; prints one summary line.
"""
import json
import re
import sys
from pathlib import Path

POLICY = Path(__file__).with_name("policy.json")


class Policy:
    def __init__(self, data):
        self.allowed = set(data["allowed"])
        self.names = data["names"]
        self.components = data["components"]

    @classmethod
    def load(cls, path=POLICY):
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))


# ------------------------------------------------------------------ SPDX expressions
TOKEN = re.compile(r"\s*(\(|\)|[A-Za-z0-9.+:-]+)")


def tokens(expression):
    pos, out = 0, []
    expression = expression.strip()
    while pos < len(expression):
        m = TOKEN.match(expression, pos)
        if not m:
            raise ValueError(f"cannot read licence expression {expression!r}")
        out.append(m.group(1))
        pos = m.end()
    return out


def parse(expression):
    """SPDX license expression -> nested tuples ('or'|'and', left, right), ('with', id, exception) or ('id', id)."""
    toks = tokens(expression)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def primary():
        tok = take() if peek() is not None else None
        if tok is None or tok.upper() in ("AND", "OR", "WITH", ")"):
            raise ValueError(f"cannot read licence expression {expression!r}")
        if tok == "(":
            node = disjunction()
            if take() != ")":
                raise ValueError(f"unbalanced parentheses in {expression!r}")
            return node
        if peek() is not None and peek().upper() == "WITH":
            take()
            return ("with", tok, take())
        return ("id", tok)

    def conjunction():
        node = primary()
        while peek() is not None and peek().upper() == "AND":
            take()
            node = ("and", node, primary())
        return node

    def disjunction():
        node = conjunction()
        while peek() is not None and peek().upper() == "OR":
            take()
            node = ("or", node, conjunction())
        return node

    node = disjunction()
    if pos != len(toks):
        raise ValueError(f"cannot read licence expression {expression!r}")
    return node


def satisfiable(node, policy):
    kind = node[0]
    if kind == "id":
        return node[1] in policy.allowed
    if kind == "with":
        # an exception only adds permissions: the licence alone suffices, or the pair is allowed as such
        return node[1] in policy.allowed or f"{node[1]} WITH {node[2]}" in policy.allowed
    left, right = satisfiable(node[1], policy), satisfiable(node[2], policy)
    return (left or right) if kind == "or" else (left and right)


# ------------------------------------------------------------------ components
def expressions(component, policy):
    """The licence alternatives a component states, as SPDX expressions (names mapped through policy.json)."""
    out = []
    for entry in component.get("licenses") or []:
        if "expression" in entry:
            out.append(entry["expression"])
            continue
        licence = entry.get("license") or {}
        if licence.get("id"):
            out.append(licence["id"])
        elif licence.get("name"):
            out.append(policy.names.get(licence["name"], f"UNMAPPED-NAME:{licence['name']}"))
    return out


def reviewed(component, policy):
    """A recorded decision for a component whose own metadata does not name a usable licence (any version)."""
    purl = component.get("purl") or ""
    return policy.components.get(purl.split("@")[0])


def verdict(component, policy):
    """None when the component may ship, else why not."""
    stated = expressions(component, policy)
    decision = reviewed(component, policy)
    if decision:
        stated = stated + [decision["licence"]]
    if not stated:
        return "no licence stated"
    problems = []
    for expression in stated:
        if expression.startswith("UNMAPPED-NAME:"):
            problems.append(f"licence name {expression[len('UNMAPPED-NAME:'):]!r} is not mapped to an SPDX id in policy.json")
            continue
        try:
            if satisfiable(parse(expression), policy):
                return None
        except ValueError as e:
            problems.append(str(e))
            continue
        problems.append(f"{expression} is not on the allow-list")
    return "; ".join(problems)


def components(bom):
    """Every component, nested ones included (npm SBOMs nest bundled packages)."""
    stack = list(bom.get("components") or [])
    while stack:
        component = stack.pop(0)
        yield component
        stack.extend(component.get("components") or [])


def check(paths, policy):
    refused, count = [], 0
    for path in paths:
        bom = json.loads(Path(path).read_text(encoding="utf-8"))
        if bom.get("bomFormat") != "CycloneDX":
            raise SystemExit(f"{path}: not a CycloneDX SBOM")
        for component in components(bom):
            count += 1
            why = verdict(component, policy)
            if why:
                name = component.get("purl") or f"{component.get('group', '')}/{component.get('name')}@{component.get('version')}"
                refused.append(f"{path}: {name}: {why}")
    return count, refused


def main(argv):
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    count, refused = check(argv, Policy.load())
    for line in refused:
        print(f"REFUSED {line}")
    print(f"licences: {count} components checked in {len(argv)} SBOM(s), {len(refused)} refused")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
