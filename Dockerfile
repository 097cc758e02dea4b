# Build and run the infra CLI on the .NET runtime image with CBC from Debian.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# npm installs the dashboard's front-end libraries (leaflet, chart.js) during the Infra.Web build.
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Infra.Cli -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends coinor-libcbc3 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY geodata /srv/infra/geodata
COPY scenarios /srv/infra/scenarios
ENTRYPOINT ["dotnet", "/app/infra.dll"]
