# Jobalyq platform image. The BPMN/DMN/form models are NOT baked in: they are mounted at
# /opt/jobalyq/models/{processes,dmn,forms} (see docker-compose.yml), so an administrator
# edits them on the host and redeploys without rebuilding the image.
#
# It runs the "prod" profile, safe as shipped: it refuses to start unless JOBALYQ_ADMIN_USERNAME is
# given (and, on the first start, JOBALYQ_ADMIN_PASSWORD, which must pass the password policy); the
# administrator exists before the port opens, and Camunda's first-user setup is closed. No demo users,
# no Swagger (JOBALYQ_API_DOCS=true to publish it), mail only to JOBALYQ_MAIL_HOST, Secure cookies for
# an HTTPS proxy in front (JOBALYQ_SECURE_COOKIES=false only for a trial over plain HTTP).
#   docker run -e JOBALYQ_ADMIN_USERNAME=admin -e JOBALYQ_ADMIN_PASSWORD='…' -e JOBALYQ_DB_URL=… jobalyq

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
# Spring Boot's extracted layout: the application jar and its libraries side by side on a plain class path. From the
# packed jar every class was searched for through its nested libraries, over a quarter of the start-up's main thread.
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/jobalyq-0.1.0-SNAPSHOT.jar extract --destination target/app

# ---- runtime stage -----------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# Fixed ids so that files on host-mounted volumes can be granted to this user predictably.
RUN groupadd --system --gid 10001 jobalyq \
 && useradd --system --uid 10001 --gid jobalyq --home-dir /opt/jobalyq --no-create-home \
      --shell /usr/sbin/nologin jobalyq

WORKDIR /opt/jobalyq

# The application stays root-owned (read-only for it); only the models folder is the app's.
COPY --from=build /build/target/app/ /opt/jobalyq/app/
RUN mkdir -p /opt/jobalyq/models && chown jobalyq:jobalyq /opt/jobalyq/models

# The class-data archive (ops/class-data-archive): one training start of the platform in this image, on a throwaway
# in-memory database, with the repository's models bound in for that start only (they stay out of the image). Made
# here, not in the build stage, because it is valid only for this JVM and these very files. It takes a fifth off the
# start's CPU; if it ever cannot be used, the JVM warns once and starts without it. Needs BuildKit (RUN --mount).
RUN --mount=type=bind,source=ops/class-data-archive,target=/tmp/class-data/train \
    --mount=type=bind,source=processes,target=/tmp/class-data/models/processes \
    --mount=type=bind,source=dmn,target=/tmp/class-data/models/dmn \
    --mount=type=bind,source=forms,target=/tmp/class-data/models/forms \
    bash /tmp/class-data/train /opt/jobalyq/app /tmp/class-data/models -XX:MaxRAMPercentage=75

# No administrator, database password or mail server is baked in: they come from the environment.
ENV JOBALYQ_MODELS_LOCATION=/opt/jobalyq/models \
    SPRING_PROFILES_ACTIVE=prod,postgres \
    TZ=Asia/Almaty

USER jobalyq
EXPOSE 8080

# No HEALTHCHECK here: the probe lives in docker-compose.yml and needs no extra tool in the image.
# Overriding the base image's ENTRYPOINT drops its optional USE_SYSTEM_CA_CERTS hook (unused here).
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-XX:SharedArchiveFile=/opt/jobalyq/app/jobalyq.jsa","-jar","/opt/jobalyq/app/jobalyq-0.1.0-SNAPSHOT.jar"]
