#!/usr/bin/env python3
"""Checks what a Maven Central upload requires, after `mvn -B -P release package`.

For every published module (a jar module that does not set maven.deploy.skip): a name and a description, the
inherited url, licence, developer and scm (connection, developerConnection, url) of the parent, and in target/ the
jar, the sources jar and the javadoc jar; no tests jar attached. Every module that is not published sets
maven.deploy.skip. Signatures (.asc) are made by the deploy itself with the maintainers' key, so they are not
looked for here.

Usage: release-check.py [project root]; exits 1 and lists every problem when something is missing.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def text(element, path):
    found = element.find(path, NS)
    return found.text.strip() if found is not None and found.text else ""


def check(root):
    problems = []
    parent = ET.parse(root / "pom.xml").getroot()
    for field in ("m:name", "m:description", "m:url", "m:licenses/m:license/m:name", "m:licenses/m:license/m:url",
                  "m:developers/m:developer/m:name", "m:scm/m:connection", "m:scm/m:developerConnection",
                  "m:scm/m:url", "m:issueManagement/m:url"):
        if not text(parent, field):
            problems.append(f"pom.xml: no {field.replace('m:', '')}")
    if not (root / "LICENSE").is_file():
        problems.append("no LICENSE file")
    version = text(parent, "m:version")
    published = []
    for module in parent.findall("m:modules/m:module", NS):
        pom = ET.parse(root / module.text / "pom.xml").getroot()
        artifact = text(pom, "m:artifactId")
        skipped = text(pom, "m:properties/m:maven.deploy.skip") == "true"
        if text(pom, "m:packaging") not in ("", "jar"):
            continue
        if skipped:
            continue
        published.append(artifact)
        for field in ("m:name", "m:description"):
            if not text(pom, field):
                problems.append(f"{module.text}/pom.xml: no {field[2:]}")
        for overridden in ("m:url", "m:scm", "m:licenses"):
            if pom.find(overridden, NS) is not None:
                problems.append(f"{module.text}/pom.xml: overrides the parent's {overridden[2:]}")
        for goal in pom.iter("{http://maven.apache.org/POM/4.0.0}goal"):
            if goal.text == "test-jar":
                problems.append(f"{module.text}: attaches a tests jar, which would be deployed")
        target = root / module.text / "target"
        for suffix in ("", "-sources", "-javadoc"):
            jar = target / f"{artifact}-{version}{suffix}.jar"
            if not jar.is_file():
                problems.append(f"missing {jar.relative_to(root)} (run mvn -B -P release package first)")
    expected = {"agendum-core", "agendum-json", "agendum-ical", "agendum-import"}
    if set(published) != expected:
        problems.append(f"published modules are {sorted(published)}, expected {sorted(expected)}")
    return published, problems


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
    published, problems = check(root)
    for problem in problems:
        print("release-check:", problem)
    if problems:
        sys.exit(1)
    print("release-check: Maven Central's required fields and jars present for", ", ".join(published))


if __name__ == "__main__":
    main()
