import type { BenchCase } from '../types';
import { auditBenches } from './audit';
import { identifyBench } from './identify';
import { libraryLoadBench } from './library';
import { linkedinPdfBench } from './linkedin-pdf';
import { planBench } from './plan';
import { renderBench } from './render';
import { statsBench } from './stats';

/** Every target named by the issues, in one run. */
export const benchCases: BenchCase[] = [identifyBench, libraryLoadBench, renderBench, ...auditBenches, planBench, statsBench, linkedinPdfBench];
