import { stelselCodegenConfig } from '@stelsel/client/codegen';

export default stelselCodegenConfig();
