# The Preventiekaart as a container: build the static site with Node 22, serve it with nginx and the
# security headers of src/lib/security/headers.ts (scripts/host/security-headers.conf).
#
#   docker build --build-arg PREVENTIEKAART_DATUM=$(TZ=Europe/Amsterdam date +%F) \
#                --build-arg PREVENTIEKAART_SITE=https://preventiekaart.example.nl -t preventiekaart .
#   docker run --rm -p 8080:8080 preventiekaart
#
# The next dates on the pages are computed for the build date: rebuild every day (see README, Hosting).

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The npm that made the lock file: it runs install scripts only for the packages in "allowScripts" of
# package.json (the image's npm 10 would also let vnu-jar download a Java runtime the build never uses).
RUN npm install -g npm@11.19.1 && npm ci --no-audit --no-fund
COPY . .
# Empty means today in the Netherlands; CI passes the date explicitly so a build is reproducible.
ARG PREVENTIEKAART_DATUM=""
ARG PREVENTIEKAART_SITE="https://preventiekaart.example"
ENV PREVENTIEKAART_DATUM=${PREVENTIEKAART_DATUM} PREVENTIEKAART_SITE=${PREVENTIEKAART_SITE}
RUN npm run build

FROM nginx:1.28-alpine
COPY scripts/host/nginx.conf /etc/nginx/conf.d/default.conf
COPY scripts/host/security-headers.conf /etc/nginx/preventiekaart/security-headers.conf
COPY scripts/host/admin-security-headers.conf /etc/nginx/preventiekaart/admin-security-headers.conf
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 8080
