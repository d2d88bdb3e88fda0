package io.jrados.metering.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageConfigFilesTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void aLocalfsJsonFileWithTheSdkFieldNames() throws IOException {
    StorageConfig c =
        StorageConfigFiles.load(
            file(
                "local.json",
                """
                {"type": "localfs", "prefix": "tenant", "shared-pool-id": "sp1",
                 "localfs": {"base-path": "/srv/metering", "create-dirs": false,
                             "permissions": "0700"}}
                """));
    assertThat(c.toUri())
        .isEqualTo(
            "localfs:///srv/metering?create-dirs=false&permissions=0700&prefix=tenant"
                + "&shared-pool-id=sp1");
  }

  @Test
  void aRadosBlockGivesTheSameConfigAsTheUri() throws IOException {
    StorageConfig c =
        StorageConfigFiles.load(
            file(
                "rados.json",
                """
                {"type": "rados", "prefix": "p",
                 "rados": {"pool": "metering", "namespace": "ns", "id": "admin",
                           "conf": "/etc/ceph/ceph.conf", "keyring": "/k", "mon-host": "h",
                           "key": "S3CR3T"}}
                """));
    assertThat(c)
        .isEqualTo(
            StorageConfig.parse(
                "rados://metering/p?conf=/etc/ceph/ceph.conf&id=admin&key=S3CR3T&keyring=/k"
                    + "&mon-host=h&namespace=ns"));
    assertThat(c.toString()).doesNotContain("S3CR3T");
  }

  @Test
  void cloudBlocksAndSharedFieldsBecomeParameters() throws IOException {
    StorageConfig c =
        StorageConfigFiles.load(
            file(
                "s3.json",
                """
                {"type": "s3", "bucket": "b", "region": "r1", "endpoint": "http://e",
                 "aws": {"assume-role-arn": "arn", "s3-force-path-style": true}}
                """));
    assertThat(c.toUri())
        .isEqualTo(
            "s3://b?assume-role-arn=arn&endpoint=http%3A%2F%2Fe&region-id=r1"
                + "&s3-force-path-style=true");
  }

  @Test
  void mistakesAreReportedWithoutQuotingTheFile() throws IOException {
    assertThatThrownBy(
            () -> StorageConfigFiles.load(file("a.json", "{\"type\":\"localfs\",\"bukket\":1}")))
        .hasMessageContaining("unknown field 'bukket'");
    assertThatThrownBy(() -> StorageConfigFiles.load(file("b.json", "{\"key\": \"SECRET\" oops")))
        .hasMessageContaining("is not valid JSON")
        .message()
        .doesNotContain("SECRET");
    assertThatThrownBy(() -> StorageConfigFiles.load(file("c.json", "{\"prefix\":\"p\"}")))
        .hasMessageContaining("lacks the field 'type'");
    assertThatThrownBy(
            () ->
                StorageConfigFiles.load(
                    file(
                        "d.json",
                        "{\"type\":\"rados\",\"bucket\":\"a\",\"rados\":{\"pool\":\"b\"}}")))
        .hasMessageContaining("both 'bucket' and 'rados.pool'");
  }

  @Test
  void aYamlFileGivesTheSameConfigAsTheJsonFile() throws IOException {
    StorageConfig yaml =
        StorageConfigFiles.load(
            file(
                "m.yaml",
                """
                type: rados
                prefix: p
                shared-pool-id: sp1
                rados:
                  pool: metering
                  namespace: ns
                  id: admin
                  conf: /etc/ceph/ceph.conf
                  keyring: /k
                  mon-host: "v2:127.0.0.1:3300"
                  key: S3CR3T
                """));
    assertThat(yaml)
        .isEqualTo(
            StorageConfig.parse(
                "rados://metering/p?conf=/etc/ceph/ceph.conf&id=admin&key=S3CR3T&keyring=/k"
                    + "&mon-host=v2:127.0.0.1:3300&namespace=ns&shared-pool-id=sp1"));
    assertThat(yaml.toString()).doesNotContain("S3CR3T").contains("key=***");
    assertThat(RadosSettings.from(yaml).toString()).doesNotContain("S3CR3T");
    StorageConfig yml =
        StorageConfigFiles.load(
            file(
                "local.yml",
                """
                type: localfs
                localfs:
                  base-path: /srv/metering
                  create-dirs: false
                  permissions: "0700"
                """));
    assertThat(yml.toUri()).isEqualTo("localfs:///srv/metering?create-dirs=false&permissions=0700");
  }

  @Test
  void aTomlFileGivesTheSameConfigAsTheJsonFile() throws IOException {
    StorageConfig toml =
        StorageConfigFiles.load(
            file(
                "m.toml",
                """
                type = "rados"
                prefix = "p"
                shared-pool-id = "sp1"

                [rados]
                pool = "metering"
                namespace = "ns"
                id = "admin"
                conf = "/etc/ceph/ceph.conf"
                keyring = "/k"
                mon-host = "v2:127.0.0.1:3300"
                key = "S3CR3T"
                """));
    assertThat(toml)
        .isEqualTo(
            StorageConfig.parse(
                "rados://metering/p?conf=/etc/ceph/ceph.conf&id=admin&key=S3CR3T&keyring=/k"
                    + "&mon-host=v2:127.0.0.1:3300&namespace=ns&shared-pool-id=sp1"));
    assertThat(toml.toString()).doesNotContain("S3CR3T");
    StorageConfig local =
        StorageConfigFiles.load(
            file(
                "local.toml",
                """
                type = "localfs"
                [localfs]
                base-path = "/srv/metering"
                create-dirs = true
                permissions = "0750"
                """));
    assertThat(local.toUri())
        .isEqualTo("localfs:///srv/metering?create-dirs=true&permissions=0750");
  }

  @Test
  void yamlAndTomlMistakesNameTheFormatAndPositionButNeverTheSecret() throws IOException {
    Path badYaml = file("bad.yaml", "type: rados\nrados:\n  key: S3CR3T\n   pool: [oops\n");
    assertThatThrownBy(() -> StorageConfigFiles.load(badYaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not valid YAML (line ")
        .message()
        .doesNotContain("S3CR3T");
    Path badToml = file("bad.toml", "type = \"rados\"\n[rados]\nkey = \"S3CR3T\" oops\n");
    assertThatThrownBy(() -> StorageConfigFiles.load(badToml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not valid TOML (line ")
        .message()
        .doesNotContain("S3CR3T");
    Path unknown = file("u.toml", "type = \"rados\"\n[rados]\nsecret = \"S3CR3T\"\n");
    assertThatThrownBy(() -> RadosSettings.from(StorageConfigFiles.load(unknown)))
        .hasMessageContaining("unknown rados parameter 'secret'")
        .message()
        .doesNotContain("S3CR3T");
    Path list = file("l.yaml", "- type: localfs\n");
    assertThatThrownBy(() -> StorageConfigFiles.load(list))
        .hasMessageContaining("must be an object");
  }
}
