export { type ContactService, createContactService } from './contacts.service';
export { type ContactExport, type ContactFileService, createContactFileService } from './contact-files.service';
export { contactRoutes } from './contacts.routes';
