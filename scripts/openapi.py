#!/usr/bin/env python3
"""Writes openapi.yaml from the document the service serves (generated from the code) plus
docs/openapi-overlay.yaml (what only people can write: the introduction, tag texts, examples).

    python3 scripts/openapi.py backend/target/served-openapi.json > openapi.yaml

The served copy is written by OpenApiContractTest whenever the two disagree; the test then passes
once the regenerated file is committed. Review the diff like any other change to the contract."""
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def merge(base, overlay):
    for key, value in overlay.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge(base[key], value)
        else:
            base[key] = value
    return base


def main():
    served = json.loads(Path(sys.argv[1]).read_text())
    overlay = yaml.safe_load((ROOT / "docs" / "openapi-overlay.yaml").read_text())
    examples = overlay.pop("schemaExamples", {})
    doc = merge(served, overlay)
    for name, example in examples.items():
        schema = doc.get("components", {}).get("schemas", {}).get(name)
        if schema is None:
            sys.exit(f"overlay has an example for unknown schema {name}")
        schema["examples"] = [example]
    order = ["openapi", "info", "servers", "security", "tags", "paths", "components"]
    ordered = {k: doc[k] for k in order if k in doc}
    ordered.update({k: v for k, v in doc.items() if k not in ordered})

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True

    sys.stdout.write("# The Klimanett API contract. Generated from the code by scripts/openapi.py and checked by\n"
                     "# OpenApiContractTest; descriptions and examples come from docs/openapi-overlay.yaml.\n")
    yaml.dump(ordered, sys.stdout, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120)


if __name__ == "__main__":
    main()
