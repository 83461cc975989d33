package dev.memlayer.indexer.extract.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.FileFacts;
import org.junit.jupiter.api.Test;

class PythonManifestExtractorTest {

    private final PythonManifestExtractor extractor = new PythonManifestExtractor();

    @Test
    void extract_pyprojectProjectAndOptionalDependencies() {
        FileFacts facts = extractor.extract(SourceFile.of("pyproject.toml", """
                [build-system]
                requires = ["flit_core<4"]

                [project]
                name = "shop"
                dependencies = [
                    "Werkzeug>=3.0.0",  # the WSGI toolkit
                    "click >= 8.1.3, < 9",
                    "importlib-metadata>=3.6; python_version < '3.10'",
                    "requests[socks]",
                ]

                [project.optional-dependencies]
                async = ["asgiref>=3.2"]
                test = ["pytest"]

                [dependency-groups]
                dev = ["ruff==0.4.1"]
                """));
        assertThat(facts.dependencies()).containsExactly(
                new DependencyFact("pypi", "Werkzeug", ">=3.0.0", "runtime"),
                new DependencyFact("pypi", "click", ">=8.1.3,<9", "runtime"),
                new DependencyFact("pypi", "importlib-metadata", ">=3.6", "runtime"),
                new DependencyFact("pypi", "requests", null, "runtime"),
                new DependencyFact("pypi", "asgiref", ">=3.2", "optional"),
                new DependencyFact("pypi", "pytest", null, "test"),
                new DependencyFact("pypi", "ruff", "==0.4.1", "dev"));
        assertThat(facts.parseErrors()).isZero();
    }

    @Test
    void extract_poetrySections() {
        FileFacts facts = extractor.extract(SourceFile.of("svc/pyproject.toml", """
                [tool.poetry.dependencies]
                python = "^3.10"
                fastapi = "^0.110"
                sqlalchemy = { version = "^2.0", extras = ["asyncio"] }
                redis = { version = "5.0.1", optional = true }
                internal = { path = "../internal" }

                [tool.poetry.group.dev.dependencies]
                mypy = "1.9.0"

                [tool.poetry.group.test.dependencies]
                pytest = "^8"
                """));
        assertThat(facts.dependencies()).containsExactly(
                new DependencyFact("pypi", "fastapi", "^0.110", "runtime"),
                new DependencyFact("pypi", "sqlalchemy", "^2.0", "runtime"),
                new DependencyFact("pypi", "redis", "5.0.1", "optional"),
                new DependencyFact("pypi", "internal", null, "runtime"),
                new DependencyFact("pypi", "mypy", "1.9.0", "dev"),
                new DependencyFact("pypi", "pytest", "^8", "test"));
    }

    @Test
    void extract_requirementsFiles_scopeFromName() {
        FileFacts runtime = extractor.extract(SourceFile.of("requirements.txt", """
                # pinned
                flask==3.0.2
                gunicorn>=21 ; sys_platform != "win32"
                -r base.txt
                -e git+https://github.com/acme/lib.git#egg=lib
                https://example.com/pkg.tar.gz
                celery[redis]~=5.3  # workers
                """));
        assertThat(runtime.dependencies()).containsExactly(
                new DependencyFact("pypi", "flask", "==3.0.2", "runtime"),
                new DependencyFact("pypi", "gunicorn", ">=21", "runtime"),
                new DependencyFact("pypi", "celery", "~=5.3", "runtime"));
        FileFacts dev = extractor.extract(SourceFile.of("requirements-dev.txt", "black\n"));
        assertThat(dev.dependencies()).containsExactly(new DependencyFact("pypi", "black", null, "dev"));
        FileFacts test = extractor.extract(SourceFile.of("requirements/tests.txt", "pytest>=8\n"));
        assertThat(test.dependencies()).containsExactly(new DependencyFact("pypi", "pytest", ">=8", "test"));
    }

    @Test
    void handles_pyprojectAndRequirementsOnly() {
        assertThat(extractor.handles(SourceFile.of("pyproject.toml", ""))).isTrue();
        assertThat(extractor.handles(SourceFile.of("requirements-dev.txt", ""))).isTrue();
        assertThat(extractor.handles(SourceFile.of("requirements/base.in", ""))).isTrue();
        assertThat(extractor.handles(SourceFile.of("notes.txt", ""))).isFalse();
    }
}
