#!/usr/bin/env python3
"""Checks what a Maven Central upload requires, after `mvn -B -P release package`.

For every published module (a jar module that does not set maven.deploy.skip): a name and a description, the
inherited url, licence, developer and scm (connection, developerConnection, url) of the parent, and in target/ the
jar, the sources jar and the javadoc jar; no tests jar attached. Every module that is not published sets
maven.deploy.skip. With --signed (after `mvn -B -P release,sign verify`), every jar and POM of a published module
also needs its .asc signature, checked with gpg --verify against the keys of the current GNUPGHOME (CI signs with
a throwaway key; a release, with the maintainers').

Usage: release-check.py [--signed] [project root]; exits 1 and lists every problem when something is missing.
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def text(element, path):
    found = element.find(path, NS)
    return found.text.strip() if found is not None and found.text else ""


def verify_signature(root, file, problems, signature=None):
    """Checks the detached signature of file: file.asc beside it, or the one given (a POM's is in target/)."""
    signature = signature or file.with_name(file.name + ".asc")
    if not signature.is_file():
        problems.append(f"missing {signature.relative_to(root)} (run mvn -B -P release,sign verify first)")
        return
    result = subprocess.run(["gpg", "--batch", "--verify", str(signature), str(file)], capture_output=True)
    if result.returncode != 0:
        problems.append(f"{signature.relative_to(root)} does not verify {file.name}")


def check(root, signed=False):
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
            elif signed:
                verify_signature(root, jar, problems)
        if signed:
            verify_signature(root, root / module.text / "pom.xml", problems, target / f"{artifact}-{version}.pom.asc")
    expected = {"agendum-core", "agendum-json", "agendum-ical", "agendum-import"}
    if set(published) != expected:
        problems.append(f"published modules are {sorted(published)}, expected {sorted(expected)}")
    return published, problems


def main():
    args = sys.argv[1:]
    signed = "--signed" in args
    args = [arg for arg in args if arg != "--signed"]
    root = Path(args[0] if args else Path(__file__).resolve().parent.parent)
    published, problems = check(root, signed)
    for problem in problems:
        print("release-check:", problem)
    if problems:
        sys.exit(1)
    what = "fields, jars and verified signatures" if signed else "fields and jars"
    print(f"release-check: Maven Central's required {what} present for", ", ".join(published))


if __name__ == "__main__":
    main()
