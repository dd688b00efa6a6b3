import { useFriendlyErrors } from '../../src/schemas/error-map.ts';

useFriendlyErrors();
