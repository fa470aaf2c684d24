# Jobalyq platform image. The BPMN/DMN/form models are NOT baked in: they are mounted at
# /opt/jobalyq/models/{processes,dmn,forms} (see docker-compose.yml), so an administrator
# edits them on the host and redeploys without rebuilding the image.

# ---- build stage -------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Wrapper and POM first: the dependency layer below is rebuilt only when they change.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
# The executable bit and LF line endings are not guaranteed (Windows checkouts, zip exports).
RUN sed -i 's/\r$//' mvnw && chmod +x mvnw \
 && ./mvnw -B -q dependency:go-offline

COPY src/ src/
RUN ./mvnw -B -q -DskipTests package

# ---- runtime stage -----------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# Fixed ids so that files on host-mounted volumes can be granted to this user predictably.
RUN groupadd --system --gid 10001 jobalyq \
 && useradd --system --uid 10001 --gid jobalyq --home-dir /opt/jobalyq --no-create-home \
      --shell /usr/sbin/nologin jobalyq

WORKDIR /opt/jobalyq

# The jar stays root-owned (read-only for the application); only the models folder is the app's.
COPY --from=build /build/target/jobalyq-0.1.0-SNAPSHOT.jar /opt/jobalyq/app.jar
RUN mkdir -p /opt/jobalyq/models && chown jobalyq:jobalyq /opt/jobalyq/models

ENV JOBALYQ_MODELS_LOCATION=/opt/jobalyq/models \
    SPRING_PROFILES_ACTIVE=prod,postgres \
    TZ=Asia/Almaty

USER jobalyq
EXPOSE 8080

# No HEALTHCHECK here: the probe lives in docker-compose.yml and needs no extra tool in the image.
# Overriding the base image's ENTRYPOINT drops its optional USE_SYSTEM_CA_CERTS hook (unused here).
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-jar","/opt/jobalyq/app.jar"]
