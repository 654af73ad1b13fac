// The national address service during the journeys (GEOCODER_URL): the stub the domain tests use, on its own
// port; a spec makes it fail with POST /control?down=1.
import { startFakeGeocoder } from "../../support/fake-geocoder";

await startFakeGeocoder({ port: Number(process.env.FAKE_GEOCODER_PORT ?? 12113) });
