# syntax=docker/dockerfile:1
# Build: docker build -t pilotnetz .
# Run:   see README ("Docker").

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -DexcludeArtifactIds=payara-micro || true
COPY src src
COPY webapp webapp
COPY search-index search-index
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system pilotnetz && useradd --system --gid pilotnetz --home /opt/pilotnetz pilotnetz \
 && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/pilotnetz
COPY --from=build /src/target/payara-micro.jar payara-micro.jar
COPY --from=build /src/target/pilotnetz.war pilotnetz.war
COPY --from=build /src/search-index/*.txt search-index/
COPY src/main/payara/start-micro src/main/payara/preboot-loopback.txt ./
# Unpacks Payara Micro once and writes the class-data-sharing archive (a warm-up start against a
# throw-away H2 database), so that each container start skips that work.
RUN chmod +x start-micro && ./start-micro --prepare-only payara-micro.jar pilotnetz.war /opt/pilotnetz/state \
 && mkdir -p /var/lib/pilotnetz/data /var/lib/pilotnetz/index \
 && chown -R pilotnetz:pilotnetz /opt/pilotnetz /var/lib/pilotnetz

ENV PILOTNETZ_DATA_DIR=/var/lib/pilotnetz/data \
    PILOTNETZ_INDEX_DIR=/var/lib/pilotnetz/index \
    PILOTNETZ_ANALYSIS_DIR=/opt/pilotnetz/search-index \
    PILOTNETZ_DB_URL=jdbc:h2:file:/var/lib/pilotnetz/data/pilotnetz \
    PILOTNETZ_DEMO=false \
    JAVA_OPTS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError" \
    PILOTNETZ_CLUSTER_ARGS=--nocluster

VOLUME ["/var/lib/pilotnetz"]
USER pilotnetz
# 6900: Hazelcast, when PILOTNETZ_CLUSTER_ARGS joins a cluster, e.g.
# "--clustername pilotnetz-prod --clustermode tcpip:10.0.0.11:6900,10.0.0.12:6900 --interfaces 10.0.0.11"
EXPOSE 8080 6900
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1

ENTRYPOINT ["sh", "-c", "exec ./start-micro payara-micro.jar pilotnetz.war /opt/pilotnetz/state --contextroot / --port 8080 $PILOTNETZ_CLUSTER_ARGS"]
