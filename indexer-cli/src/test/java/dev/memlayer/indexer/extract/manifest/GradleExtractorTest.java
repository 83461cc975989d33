package dev.memlayer.indexer.extract.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.DependencyFact;
import dev.memlayer.model.facts.FileFacts;
import org.junit.jupiter.api.Test;

class GradleExtractorTest {

    private final GradleExtractor extractor = new GradleExtractor();

    @Test
    void extract_kotlinDsl_configurationsPlatformsAndPlugins() {
        FileFacts facts = extractor.extract(SourceFile.of("app/build.gradle.kts", """
                plugins {
                    `java-library`
                    id("org.springframework.boot") version "3.2.5"
                    kotlin("jvm") version "1.9.24"
                    application
                }

                val ktorVersion = "2.3.11"

                dependencies {
                    implementation(platform("org.springframework.boot:spring-boot-dependencies:3.2.5"))
                    implementation("io.ktor:ktor-server-core:$ktorVersion")
                    api("com.google.guava:guava:33.2.0-jre") // shared
                    compileOnly("org.projectlombok:lombok:1.18.32")
                    runtimeOnly("org.postgresql:postgresql:42.7.3")
                    implementation(kotlin("stdlib"))
                    implementation(project(":core"))
                    implementation(libs.jackson.databind)
                    /* testImplementation("commented:out:1.0") */
                    testImplementation("org.junit.jupiter:junit-jupiter:5.10.2")
                    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
                    implementation(group = "org.slf4j", name = "slf4j-api", version = "2.0.13")
                }
                """));

        assertThat(facts.dependencies()).containsExactly(
                new DependencyFact("gradle", "org.springframework.boot", "3.2.5", "build"),
                new DependencyFact("gradle", "org.jetbrains.kotlin.jvm", "1.9.24", "build"),
                new DependencyFact("gradle", "org.springframework.boot:spring-boot-dependencies", "3.2.5", "runtime"),
                new DependencyFact("gradle", "io.ktor:ktor-server-core", "$ktorVersion", "runtime"),
                new DependencyFact("gradle", "com.google.guava:guava", "33.2.0-jre", "runtime"),
                new DependencyFact("gradle", "org.projectlombok:lombok", "1.18.32", "build"),
                new DependencyFact("gradle", "org.postgresql:postgresql", "42.7.3", "runtime"),
                new DependencyFact("gradle", "org.jetbrains.kotlin:kotlin-stdlib", null, "runtime"),
                new DependencyFact("gradle", "org.junit.jupiter:junit-jupiter", "5.10.2", "test"),
                new DependencyFact("gradle", "org.junit.platform:junit-platform-launcher", null, "test"),
                new DependencyFact("gradle", "org.slf4j:slf4j-api", "2.0.13", "runtime"));
    }

    @Test
    void extract_groovyDsl_quotesWithoutParenthesesAndMapNotation() {
        FileFacts facts = extractor.extract(SourceFile.of("build.gradle", """
                buildscript {
                    dependencies { classpath 'com.android.tools.build:gradle:8.4.0' }
                }
                plugins { id 'io.spring.dependency-management' version '1.1.5' }
                dependencies {
                    implementation 'org.apache.commons:commons-lang3:3.14.0'
                    testImplementation "org.mockito:mockito-core:5.11.0"
                    annotationProcessor 'org.mapstruct:mapstruct-processor:1.5.5.Final'
                    compile group: 'log4j', name: 'log4j', version: '1.2.17'
                    debugImplementation 'com.squareup.leakcanary:leakcanary-android:2.14@aar'
                    implementation files('libs/local.jar')
                }
                """));

        assertThat(facts.dependencies()).containsExactly(
                new DependencyFact("gradle", "com.android.tools.build:gradle", "8.4.0", "build"),
                new DependencyFact("gradle", "io.spring.dependency-management", "1.1.5", "build"),
                new DependencyFact("gradle", "org.apache.commons:commons-lang3", "3.14.0", "runtime"),
                new DependencyFact("gradle", "org.mockito:mockito-core", "5.11.0", "test"),
                new DependencyFact("gradle", "org.mapstruct:mapstruct-processor", "1.5.5.Final", "build"),
                new DependencyFact("gradle", "log4j:log4j", "1.2.17", "runtime"),
                new DependencyFact("gradle", "com.squareup.leakcanary:leakcanary-android", "2.14", "dev"));
    }

    @Test
    void handles_buildScriptsOnly() {
        assertThat(extractor.handles(SourceFile.of("build.gradle", ""))).isTrue();
        assertThat(extractor.handles(SourceFile.of("a/build.gradle.kts", ""))).isTrue();
        assertThat(extractor.handles(SourceFile.of("settings.gradle.kts", ""))).isFalse();
    }
}
