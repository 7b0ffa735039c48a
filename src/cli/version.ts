/** The tool's name and version, bundled from package.json at build time. */
import packageJson from '../../package.json';

export const TOOL_NAME = 'journey-map';
export const TOOL_VERSION: string = packageJson.version;
