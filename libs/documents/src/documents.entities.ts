import { Document } from './model/document.entity';

export const DOCUMENTS_ENTITIES = [Document];
