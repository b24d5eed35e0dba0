"""The licence check refuses what EUPL-1.2 distribution cannot carry (run by bin/test:
python3 -m unittest discover -s tools/licences)."""
import subprocess
import sys
import unittest
from pathlib import Path

import check

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "incompatible.cdx.json"


class LicenceCheckTest(unittest.TestCase):

    def test_fails_on_the_fixture_and_names_exactly_the_incompatible_components(self):
        run = subprocess.run([sys.executable, str(HERE / "check.py"), str(FIXTURE)], capture_output=True, text=True)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        refused = sorted(line.split(": ")[1] for line in run.stdout.splitlines() if line.startswith("REFUSED "))
        self.assertEqual(refused, [
            "pkg:maven/org.example/fixture-agpl-only@1.0.0?type=jar",
            "pkg:maven/org.example/fixture-unmapped-name@1.0.0?type=jar",
            "pkg:npm/fixture-both-needed@1.0.0",
            "pkg:npm/fixture-bundled-gpl@1.0.0",
            "pkg:npm/fixture-sspl@1.0.0",
            "pkg:npm/fixture-unknown@1.0.0",
        ])
        self.assertIn("10 components checked in 1 SBOM(s), 6 refused", run.stdout)
        self.assertIn("SSPL-1.0 is not on the allow-list", run.stdout)
        self.assertIn("fixture-unknown@1.0.0: no licence stated", run.stdout)

    def test_expressions(self):
        policy = check.Policy.load()
        cases = {
            "MIT": True,
            "(MIT OR AGPL-3.0-only)": True,
            "AGPL-3.0-only OR SSPL-1.0": False,
            "MIT AND Apache-2.0": True,
            "MIT AND (GPL-3.0-only OR BSD-3-Clause)": True,
            "MIT AND GPL-3.0-only": False,
            "GPL-2.0-only WITH Classpath-exception-2.0": True,
            "GPL-2.0-only": False,
            "GPL-2.0-only WITH Autoconf-exception-2.0": False,
            "LicenseRef-proprietary": False,
        }
        for expression, expected in cases.items():
            with self.subTest(expression=expression):
                self.assertEqual(check.satisfiable(check.parse(expression), policy), expected)

    def test_an_unreadable_expression_is_refused_not_skipped(self):
        policy = check.Policy.load()
        component = {"purl": "pkg:npm/x@1", "licenses": [{"expression": "MIT OR"}]}
        self.assertIn("cannot read licence expression", check.verdict(component, policy))

    def test_several_listed_licences_are_alternatives_and_a_reviewed_decision_counts(self):
        policy = check.Policy.load()
        self.assertIsNone(check.verdict({"licenses": [{"license": {"id": "GPL-2.0-only"}}, {"license": {"id": "EPL-2.0"}}]}, policy))
        self.assertIsNone(check.verdict({"purl": "pkg:maven/org.jboss/jboss-transaction-spi@8.0.0.Final?type=jar",
                                         "licenses": [{"license": {"name": "Public Domain"}}]}, policy))


if __name__ == "__main__":
    unittest.main()
