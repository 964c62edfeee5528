# syntax=docker/dockerfile:1
# Build: docker build -t newsdesk .
# Run:   docker run -d --name newsdesk -v newsdesk-data:/data -v "$PWD/config:/config:ro" \
#          -e NEWSDESK_TELEGRAM_TOKEN=... -p 8080:8080 newsdesk

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# dependencies first, so that a code change does not download them again
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src ./src
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# fontconfig, FreeType and one font: digest charts draw text, and a JRE without fonts cannot (see adapter.chart)
RUN apt-get update && apt-get install -y --no-install-recommends curl fontconfig libfreetype6 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system newsdesk && useradd --system --gid newsdesk --home-dir /app newsdesk \
    && mkdir -p /app /data /config && chown newsdesk:newsdesk /data
WORKDIR /app
COPY --from=build /src/target/newsdesk.jar /app/newsdesk.jar
COPY config/newsdesk.yml /config/newsdesk.yml
USER newsdesk
# the store lives in the volume; the config file can be mounted over /config/newsdesk.yml
ENV NEWSDESK_CONFIG=/config/newsdesk.yml \
    NEWSDESK_STORAGE_URL=jdbc:sqlite:/data/newsdesk.db \
    JAVA_OPTS="-XX:+UseSerialGC -Xmx128m -XX:MaxMetaspaceSize=80m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m -XX:TieredStopAtLevel=1"
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
# exec: java replaces the shell as PID 1, so SIGTERM reaches it and the store is closed cleanly
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/newsdesk.jar \"$@\"", "newsdesk"]
CMD ["run"]
