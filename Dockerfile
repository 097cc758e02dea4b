# Infra for a city server: the infra CLI and web service on the ASP.NET runtime image, with CBC and the report fonts from Debian.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The dashboard's front-end packages come from npm during the build (never copied into the repository).
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Infra.Cli -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends coinor-libcbc3 curl fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY geodata /srv/infra/geodata
COPY scenarios /srv/infra/scenarios
WORKDIR /srv/infra
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/infra.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:8080"]
