package io.jrados.metering.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.metering.storage.StorageProviders;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorageConfigTest {

  @Test
  void localfsUrisFollowTheSdkPathRules() {
    StorageConfig c =
        StorageConfig.parse("localfs:///data/metering?create-dirs=false&permissions=0750");
    assertThat(c.scheme()).isEqualTo("localfs");
    assertThat(c.basePath()).contains("/data/metering");
    LocalFsSettings s = LocalFsSettings.from(c);
    assertThat(s.basePath()).isEqualTo(Path.of("/data/metering"));
    assertThat(s.createDirs()).isFalse();
    // The SDK reads a host as the first directory of an absolute path.
    assertThat(StorageConfig.parse("localfs://data/metering").basePath())
        .contains("/data/metering");
    assertThat(StorageConfig.parse("file:///x").scheme()).isEqualTo("localfs");
    assertThat(LocalFsSettings.from(StorageConfig.parse("localfs:///x")).createDirs()).isTrue();
  }

  @Test
  void radosUrisParseIntoSettings() {
    StorageConfig c =
        StorageConfig.parse(
            "rados://metering-pool/tenant/a?conf=/etc/ceph/ceph.conf&id=metering"
                + "&keyring=/etc/ceph/k&mon-host=10.0.0.1:3300&key=QUJDRA%3D%3D&namespace=ns1"
                + "&shared-pool-id=pool7");
    assertThat(c.bucket()).contains("metering-pool");
    assertThat(c.prefix()).contains("tenant/a");
    assertThat(c.sharedPoolId()).contains("pool7");
    RadosSettings r = RadosSettings.from(c);
    assertThat(r.pool()).isEqualTo("metering-pool");
    assertThat(r.prefix()).isEqualTo("tenant/a");
    assertThat(r.namespace()).isEqualTo("ns1");
    assertThat(r.conf()).contains("/etc/ceph/ceph.conf");
    assertThat(r.id()).contains("metering");
    assertThat(r.keyring()).contains("/etc/ceph/k");
    assertThat(r.monHost()).contains("10.0.0.1:3300");
    assertThat(r.key()).contains("QUJDRA==");
    assertThat(r.toString()).doesNotContain("QUJDRA").contains("key=***");
  }

  @Test
  void thePrefixParameterOverridesThePathAsInTheSdk() {
    assertThat(StorageConfig.parse("rados://pool/from-path?prefix=from-query").prefix())
        .contains("from-query");
    assertThat(StorageConfig.parse("localfs:///d?prefix=p").prefix()).contains("p");
  }

  @Test
  void toUriRoundTripsWithSortedKeys() {
    String uri =
        "rados://pool/pre/fix?id=admin&key=s%2Bcret&mon-host=h%3A1&namespace=n&shared-pool-id=sp";
    StorageConfig c =
        StorageConfig.parse(
            "rados://pool/pre/fix?shared-pool-id=sp&namespace=n"
                + "&mon-host=h%3A1&key=s%2Bcret&id=admin");
    assertThat(c.toUri()).isEqualTo(uri);
    assertThat(StorageConfig.parse(c.toUri())).isEqualTo(c);
    StorageConfig local =
        StorageConfig.parse("localfs:///var/m?prefix=a%20b&permissions=0700&create-dirs=false");
    assertThat(local.toUri())
        .isEqualTo("localfs:///var/m?create-dirs=false&permissions=0700&prefix=a%20b");
    assertThat(StorageConfig.parse(local.toUri())).isEqualTo(local);
    assertThat(local.toBuilder().prefix(null).parameter("permissions", null).build().toUri())
        .isEqualTo("localfs:///var/m?create-dirs=false");
  }

  @Test
  void sdkAliasesAreStoredUnderTheirCanonicalNames() {
    StorageConfig c =
        StorageConfig.parse("s3://bucket/p?region=us-east-1&role-arn=r&force-path-style=true");
    assertThat(c.parameters())
        .containsExactly(
            Map.entry("assume-role-arn", "r"),
            Map.entry("region-id", "us-east-1"),
            Map.entry("s3-force-path-style", "true"));
    assertThat(StorageConfig.parse("azblob://c").scheme()).isEqualTo("azure");
  }

  @Test
  void credentialsNeverShowInToStringOrErrors() {
    StorageConfig c =
        StorageConfig.parse(
            "s3://b?access-key=AK&secret-access-key=TOPSECRET&session-token=TOKEN123");
    assertThat(c.toString())
        .doesNotContain("TOPSECRET")
        .doesNotContain("TOKEN123")
        .contains("secret-access-key=***")
        .contains("session-token=***");
    assertThat(c.toUri()).contains("secret-access-key=TOPSECRET");
    assertThatThrownBy(() -> StorageConfig.parse("rados://pool/p?key=SECRET VALUE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid storage URI")
        .message()
        .doesNotContain("SECRET");
    assertThatThrownBy(() -> StorageConfig.parse("rados://pool?key=a&key=SECRETB"))
        .hasMessage("storage URI repeats the parameter 'key'");
    assertThatThrownBy(() -> StorageConfig.parse("rados://pool?key=%zzSECRET"))
        .message()
        .doesNotContain("SECRET");
  }

  @Test
  void malformedUrisAreRejectedClearly() {
    assertThatThrownBy(() -> StorageConfig.parse("")).hasMessage("storage URI must not be empty");
    assertThatThrownBy(() -> StorageConfig.parse("/just/a/path"))
        .hasMessageContaining("needs a scheme");
    assertThatThrownBy(() -> RadosSettings.from(StorageConfig.parse("rados:///prefix")))
        .hasMessageContaining("rados://POOL");
    assertThatThrownBy(() -> RadosSettings.from(StorageConfig.parse("rados://p?user=x")))
        .hasMessageContaining("unknown rados parameter 'user'");
    assertThatThrownBy(() -> StorageConfig.builder().parameter("prefix", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEnvironmentVariableNamesTheUri() {
    assertThat(StorageConfig.fromEnvironment(Map.of())).isEmpty();
    assertThat(StorageConfig.fromEnvironment(Map.of("METERING_STORAGE_URI", " ")))
        .isEqualTo(Optional.empty());
    assertThat(StorageConfig.fromEnvironment(Map.of("METERING_STORAGE_URI", "localfs:///e")))
        .map(StorageConfig::basePath)
        .contains(Optional.of("/e"));
  }

  @Test
  void relativeBasePathsAreResolvedSoTheUriRoundTrips() {
    StorageConfig c = StorageConfig.builder().scheme("localfs").basePath("rel/dir").build();
    assertThat(c.basePath()).contains(Path.of("rel/dir").toAbsolutePath().toString());
    assertThat(StorageConfig.parse(c.toUri())).isEqualTo(c);
  }

  @Test
  void providersAreFoundByScheme() {
    assertThat(StorageProviders.factoryFor("localfs").scheme()).isEqualTo("localfs");
    assertThat(StorageProviders.factoryFor("rados").scheme()).isEqualTo("rados");
    assertThatThrownBy(() -> StorageProviders.open(StorageConfig.parse("s3://bucket")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no storage provider for scheme 's3' (providers on the class path: localfs, rados)");
  }
}
