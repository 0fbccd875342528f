"""Validate xAPI statements written by `goldenhour grade --xapi FILE` with Ralph's xAPI 1.0.3
models (France Université Numérique's LRS, PyPI `ralph-malph`): every statement must parse as a
strict `BaseXapiStatement`. Usage: python xapi_validate.py FILE. Exit 0 when all pass."""

import json
import sys

from pydantic import ValidationError
from ralph.models.xapi.base.statements import BaseXapiStatement


def main(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        statements = json.load(f)
    if not isinstance(statements, list) or not statements:
        print(f"{path}: expected a non-empty JSON array of statements")
        return 1
    bad = 0
    for i, s in enumerate(statements):
        try:
            BaseXapiStatement.model_validate(s)
        except ValidationError as e:
            bad += 1
            print(f"{path}: statement {i} ({s.get('id')}): {e}")
    print(f"{path}: {len(statements) - bad} of {len(statements)} statements valid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
